/*
 * The pairing board: its buttons post JSON to Tandem's REST API and reload the page when the step is done. The
 * server decides who may do what; a refusal shows its message above the board.
 */
(function () {
    'use strict';

    var REST = '/rest/tandem/1.0';

    function contextPath() {
        return window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
    }

    function post(path, body) {
        return fetch(contextPath() + REST + path, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(body || {})
        }).then(function (response) {
            if (response.status === 204) {
                return null;
            }
            if (response.ok) {
                return response.json();
            }
            return response.json().then(function (error) {
                throw new Error(error && error.message ? error.message : String(response.status));
            }, function () {
                throw new Error(String(response.status));
            });
        });
    }

    function show(board, message) {
        var box = board.querySelector('[data-pairing-message]');
        if (box) {
            box.textContent = message;
            box.classList.remove('hidden');
        }
    }

    /** While a matching run computes: the progress message shows and the board's commands wait. */
    function busy(board, on) {
        var progress = board.querySelector('[data-pairing-progress]');
        if (progress) {
            progress.classList.toggle('hidden', !on);
        }
        if (on) {
            board.setAttribute('aria-busy', 'true');
        } else {
            board.removeAttribute('aria-busy');
        }
        var commands = board.querySelectorAll('[data-pairing-command]');
        for (var i = 0; i < commands.length; i++) {
            if (on) {
                commands[i].setAttribute('data-was-disabled', commands[i].disabled ? 'true' : 'false');
                commands[i].disabled = true;
            } else {
                commands[i].disabled = commands[i].getAttribute('data-was-disabled') === 'true';
            }
        }
    }

    var RAN = 'tandem.pairing.ran';

    function fill(pattern, values) {
        return pattern.replace(/\{(\d)\}/g, function (all, i) {
            return values[Number(i)];
        });
    }

    /** Keeps what a run found until the page has reloaded, then shows it once (as text, never as markup). */
    function remember(board, run) {
        var unmatched = (run.unmatchedMentees || []).map(function (m) {
            return m.displayName;
        });
        var text = unmatched.length
            ? fill(board.getAttribute('data-ran-text'), [run.staged.length, unmatched.length, unmatched.join(', ')])
            : fill(board.getAttribute('data-ran-all-text'), [run.staged.length]);
        try {
            window.sessionStorage.setItem(RAN + board.getAttribute('data-programme-id'),
                (unmatched.length ? 'warning:' : 'success:') + text);
        } catch (e) {
            // no session storage: the proposals on the board still say it
        }
    }

    function recall(board) {
        var key = RAN + board.getAttribute('data-programme-id');
        var text = null;
        try {
            text = window.sessionStorage.getItem(key);
            window.sessionStorage.removeItem(key);
        } catch (e) {
            return;
        }
        var box = board.querySelector('[data-pairing-ran]');
        if (text && box) {
            var kind = text.indexOf('warning:') === 0 ? 'warning' : 'success';
            box.textContent = text.substring(kind.length + 1);
            box.classList.remove('aui-message-success');
            box.classList.add('aui-message-' + kind);
            box.classList.remove('hidden');
        }
    }

    function request(board, button) {
        var programmeId = board.getAttribute('data-programme-id');
        var command = button.getAttribute('data-pairing-command');
        if (command) {
            return post('/programmes/' + encodeURIComponent(programmeId) + '/pairings/' + command, {});
        }
        var row = button.closest('[data-pairing-id]');
        var id = encodeURIComponent(row.getAttribute('data-pairing-id'));
        var version = Number(row.getAttribute('data-version'));
        var action = button.getAttribute('data-pairing-action');
        var reason = null;
        if (button.getAttribute('data-needs-reason') === 'true') {
            reason = window.prompt(board.getAttribute('data-reason-question'));
            if (reason === null) {
                return Promise.resolve('cancelled');
            }
        }
        if (action === 'REMOVE') {
            return post('/pairings/' + id + '/remove', {version: version});
        }
        if (action === 'END') {
            return post('/pairings/' + id + '/end', {version: version, reason: reason});
        }
        return post('/pairings/' + id + '/consent', {version: version, answer: action, reason: reason});
    }

    function bind(board) {
        board.addEventListener('click', function (event) {
            var button = event.target.closest('[data-pairing-command], [data-pairing-action]');
            if (!button || !board.contains(button)) {
                return;
            }
            var running = button.getAttribute('data-pairing-command') === 'run';
            button.disabled = true;
            if (running) {
                busy(board, true);
            }
            request(board, button).then(function (outcome) {
                if (outcome === 'cancelled') {
                    button.disabled = false;
                } else {
                    if (running && outcome && outcome.staged) {
                        remember(board, outcome);
                    }
                    window.location.reload();
                }
            }, function (error) {
                if (running) {
                    busy(board, false);
                }
                button.disabled = false;
                show(board, error.message || board.getAttribute('data-failed-text'));
            });
        });
    }

    function start() {
        var boards = document.querySelectorAll('[data-tandem-pairing]');
        for (var i = 0; i < boards.length; i++) {
            recall(boards[i]);
            bind(boards[i]);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
