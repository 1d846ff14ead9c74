/*
 * The pairing board: its buttons post JSON to Tandem's REST API. A matching run (its progress shown by pairing-run.js)
 * and the removal of a staged pair update the board in place from the answer; the consent steps and publishing reload
 * the page, whose rows, waiting lists and steps the server draws. A reason is asked for in an AUI dialog. Server text
 * is set as text only.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function show(board, message) {
        var box = board.querySelector('[data-pairing-message]');
        if (box) {
            box.textContent = message;
            box.classList.remove('hidden');
        }
    }

    function hideMessage(board) {
        var box = board.querySelector('[data-pairing-message]');
        if (box) {
            box.textContent = '';
            box.classList.add('hidden');
        }
    }

    /**
     * While a matching run computes: the progress message shows, the list of pairings is marked busy (not the whole
     * board, whose status region must still be heard) and the board's commands wait.
     */
    function busy(board, on) {
        var progress = board.querySelector('[data-pairing-progress]');
        if (progress) {
            progress.classList.toggle('hidden', !on);
        }
        var list = board.querySelector('.tandem-pairing-list');
        if (list && on) {
            list.setAttribute('aria-busy', 'true');
        } else if (list) {
            list.removeAttribute('aria-busy');
        }
        T.each(board.querySelectorAll('[data-pairing-command]'), function (command) {
            if (on) {
                command.setAttribute('data-was-disabled', command.disabled ? 'true' : 'false');
                command.disabled = true;
            } else {
                command.disabled = command.getAttribute('data-was-disabled') === 'true';
            }
        });
    }

    function rows(board) {
        return board.querySelectorAll('tr[data-pairing-id]');
    }

    /** The summary line, the table, the empty note and the publish button after rows came or went. */
    function refresh(board) {
        var count = {STAGED: 0, PROPOSED: 0, ACTIVE: 0, DECLINED: 0, ENDED: 0};
        T.each(rows(board), function (row) {
            count[row.getAttribute('data-state')]++;
        });
        var any = rows(board).length > 0;
        var summary = board.querySelector('.tandem-pairing-summary');
        if (summary) {
            summary.textContent = T.format(summary.getAttribute('data-summary-text'),
                [count.STAGED, count.PROPOSED, count.ACTIVE, count.DECLINED + count.ENDED]);
            summary.classList.toggle('hidden', !any);
        }
        var table = board.querySelector('.tandem-pairing-list');
        if (table) {
            table.classList.toggle('hidden', !any);
        }
        var empty = board.querySelector('.tandem-pairing-empty');
        if (empty) {
            empty.classList.toggle('hidden', any);
        }
        var publish = board.querySelector('[data-pairing-command="publish"]');
        if (publish) {
            publish.disabled = count.STAGED === 0;
            if (count.STAGED === 0) {
                publish.setAttribute('aria-disabled', 'true');
            } else {
                publish.removeAttribute('aria-disabled');
            }
        }
    }

    /** A table row for a staged pairing of a run's answer, from the row template the board renders. */
    function stagedRow(board, pairing) {
        var template = board.querySelector('template[data-pairing-staged-row]');
        var row = template.content.querySelector('tr').cloneNode(true);
        row.setAttribute('data-pairing-id', pairing.id);
        row.setAttribute('data-version', pairing.version);
        var mentee = row.querySelector('.tandem-pairing-mentee');
        var mentor = row.querySelector('.tandem-pairing-mentor');
        mentee.textContent = pairing.mentee.displayName;
        mentor.textContent = pairing.mentor ? pairing.mentor.displayName : '';
        // a row's buttons are described by its two names, as on the rows the server draws
        mentee.id = 'tandem-pairing-' + pairing.id + '-mentee';
        mentor.id = 'tandem-pairing-' + pairing.id + '-mentor';
        T.each(row.querySelectorAll('button[data-pairing-action]'), function (button) {
            button.setAttribute('aria-describedby', mentee.id + ' ' + mentor.id);
        });
        row.querySelector('.tandem-pairing-score').textContent = pairing.score === undefined ? '' : pairing.score;
        var why = row.querySelector('.tandem-pairing-why');
        var reasons = pairing.explanation || [];
        if (reasons.length) {
            var list = T.element('ul', {className: 'tandem-pairing-reasons'});
            reasons.forEach(function (part) {
                list.appendChild(T.element('li', null, part.text));
            });
            why.appendChild(list);
        }
        var warnings = pairing.warnings || [];
        if (warnings.length) {
            var warningList = T.element('ul', {className: 'tandem-pairing-warnings'});
            warnings.forEach(function (warning) {
                var item = T.element('li');
                item.appendChild(T.element('span', {className: 'aui-icon aui-icon-small aui-iconfont-warning',
                    'aria-hidden': 'true'}));
                item.appendChild(document.createTextNode(' '));
                item.appendChild(T.element('span', null, warning.text));
                warningList.appendChild(item);
            });
            why.appendChild(warningList);
        }
        if ((pairing.actions || []).indexOf('REMOVE') < 0) {
            var remove = row.querySelector('[data-pairing-action="REMOVE"]');
            remove.parentNode.removeChild(remove);
        }
        return row;
    }

    /** Draws a run's proposals in place of the last run's and says what it found. */
    function showRun(board, run) {
        T.each(rows(board), function (row) {
            if (row.getAttribute('data-state') === 'STAGED') {
                row.parentNode.removeChild(row);
            }
        });
        var body = board.querySelector('.tandem-pairing-list tbody');
        run.staged.forEach(function (pairing) {
            body.appendChild(stagedRow(board, pairing));
        });
        refresh(board);
        var unmatched = (run.unmatchedMentees || []).map(function (m) {
            return m.displayName;
        });
        var box = board.querySelector('[data-pairing-ran]');
        box.textContent = unmatched.length
            ? T.format(board.getAttribute('data-ran-text'), [run.staged.length, unmatched.length, unmatched.join(', ')])
            : T.format(board.getAttribute('data-ran-all-text'), [run.staged.length]);
        box.classList.remove('aui-message-success', 'aui-message-warning');
        box.classList.add(unmatched.length ? 'aui-message-warning' : 'aui-message-success');
        box.classList.remove('hidden');
    }

    function reasonFor(board, button) {
        if (button.getAttribute('data-needs-reason') !== 'true') {
            return Promise.resolve('');
        }
        return T.ask({
            title: button.textContent.trim(),
            reasonLabel: board.getAttribute('data-reason-question'),
            required: true,
            requiredText: board.getAttribute('data-text-reason-required'),
            confirm: button.textContent.trim(),
            cancel: board.getAttribute('data-text-cancel'),
            opener: button
        });
    }

    /** Runs matching (from the settings, or from the rankings of a speed event), or publishes. */
    function command(board, button) {
        var name = button.getAttribute('data-pairing-command');
        var running = name === 'run' || name === 'rankings';
        var stopWatching = null;
        if (running) {
            busy(board, true);
            stopWatching = T.pairingRun.watch(board);
        } else {
            button.disabled = true;
        }
        var discard = board.querySelector('[data-pairing-discard]');
        var discardHandPairs = !!(discard && discard.checked);
        var body = name === 'rankings' ? T.pairingRun.rankingsBody(board, discardHandPairs)
            : (running ? {discardHandPairs: discardHandPairs} : {});
        T.send('POST', '/programmes/' + encodeURIComponent(board.getAttribute('data-programme-id')) + '/pairings/'
            + (running ? 'run' : name), body).then(function (answer) {
            if (running) {
                stopWatching();
                busy(board, false);
                showRun(board, answer);
                preview(board);
                button.focus();
            } else {
                window.location.reload();
            }
        }, function (error) {
            if (running) {
                stopWatching();
                busy(board, false);
            }
            button.disabled = false;
            show(board, error.message || board.getAttribute('data-failed-text'));
        });
    }

    function action(board, button) {
        var row = button.closest('[data-pairing-id]');
        var id = encodeURIComponent(row.getAttribute('data-pairing-id'));
        var version = Number(row.getAttribute('data-version'));
        var name = button.getAttribute('data-pairing-action');
        reasonFor(board, button).then(function (reason) {
            if (reason === null) {
                return;
            }
            button.disabled = true;
            var request;
            if (name === 'REMOVE') {
                request = T.send('POST', '/pairings/' + id + '/remove', {version: version});
            } else if (name === 'END') {
                request = T.send('POST', '/pairings/' + id + '/end', {version: version, reason: reason});
            } else {
                request = T.send('POST', '/pairings/' + id + '/consent',
                    {version: version, answer: name, reason: reason || null});
            }
            request.then(function () {
                if (name === 'REMOVE') {
                    var mentee = row.querySelector('.tandem-pairing-mentee').textContent;
                    row.parentNode.removeChild(row);
                    refresh(board);
                    T.flag('success', T.format(board.getAttribute('data-text-removed'), [mentee]));
                    return;
                }
                window.location.reload();
            }, function (error) {
                button.disabled = false;
                show(board, error.message || board.getAttribute('data-failed-text'));
            });
        });
    }

    function matchingPath(board, end) {
        return '/programmes/' + encodeURIComponent(board.getAttribute('data-programme-id')) + '/matching/' + end;
    }

    /** How many waiting mentees the hard rules let be matched, in the settings panel. */
    function preview(board) {
        var panel = board.querySelector('[data-matching-settings]');
        if (!panel) {
            return;
        }
        var line = panel.querySelector('[data-matching-preview]');
        T.send('GET', matchingPath(board, 'preview')).then(function (answer) {
            line.textContent = T.format(panel.getAttribute('data-preview-text'), [answer.matchable, answer.mentees]);
        }, function (error) {
            line.textContent = error.message || board.getAttribute('data-failed-text');
        });
    }

    /** Puts stored settings into the form; its version goes with the next save. */
    function fill(form, settings) {
        form.setAttribute('data-version', settings.version);
        T.each(form.querySelectorAll('input[name="objective"]'), function (radio) {
            radio.checked = radio.value === settings.objective;
        });
        Object.keys(settings.weights).forEach(function (criterion) {
            var input = form.querySelector('input[name="' + criterion + '"]');
            if (input) {
                input.value = settings.weights[criterion];
            }
        });
        form.querySelector('input[name="excludeSameManagerPeers"]').checked = settings.excludeSameManagerPeers;
    }

    /** A weight as typed: a whole number as a number, anything else as text for the server to name. */
    function weight(text) {
        var value = text.trim();
        return /^-?\d{1,9}$/.test(value) ? Number(value) : (value === '' ? null : value);
    }

    function settings(board) {
        var panel = board.querySelector('[data-matching-settings]');
        if (!panel) {
            return;
        }
        var form = panel.querySelector('[data-matching-form]');
        var message = form.querySelector('[data-settings-message]');
        T.clearErrors(form, message);
        T.send('GET', matchingPath(board, 'settings')).then(function (answer) {
            fill(form, answer);
        }, function (error) {
            T.showMessage(message, error.message || board.getAttribute('data-failed-text'));
        });
        preview(board);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            T.clearErrors(form, message);
            var chosen = form.querySelector('input[name="objective"]:checked');
            var weights = {};
            T.each(form.querySelectorAll('input[type="number"]'), function (input) {
                var value = weight(input.value);
                if (value !== null) {
                    weights[input.name] = value;
                }
            });
            var save = form.querySelector('button[type="submit"]');
            save.disabled = true;
            T.send('PUT', matchingPath(board, 'settings'), {
                version: Number(form.getAttribute('data-version')),
                objective: chosen ? chosen.value : null,
                weights: weights,
                excludeSameManagerPeers: form.querySelector('input[name="excludeSameManagerPeers"]').checked
            }).then(function (answer) {
                save.disabled = false;
                fill(form, answer);
                T.flag('success', panel.getAttribute('data-saved-text'));
                preview(board);
            }, function (error) {
                save.disabled = false;
                T.showErrors(form, message, error, board.getAttribute('data-failed-text'));
                T.focusFirstError(form, message);
            });
        });
    }

    function bind(board) {
        settings(board);
        board.addEventListener('click', function (event) {
            var button = event.target.closest('[data-pairing-command], [data-pairing-action]');
            if (!button || !board.contains(button) || button.disabled) {
                return;
            }
            hideMessage(board);
            if (button.hasAttribute('data-pairing-command')) {
                command(board, button);
            } else {
                action(board, button);
            }
        });
    }

    T.ready(function () {
        T.each(document.querySelectorAll('[data-tandem-pairing]'), bind);
    });
}());
