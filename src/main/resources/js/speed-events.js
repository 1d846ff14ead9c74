/*
 * Speed-mentoring events (the server writes their times in the reader's time zone): for coordinators the
 * form that adds or changes an event, deleting one, and sending the schedules, all through Tandem's REST API
 * (field errors next to their fields and announced, as on the matching settings); the run sheet's print button.
 * Server text is set as text only.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function base(root) {
        return '/programmes/' + encodeURIComponent(root.getAttribute('data-programme-id')) + '/speed-events';
    }

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    /** An instant as the value of a datetime-local field, in the reader's time zone. */
    function localValue(iso) {
        var at = new Date(iso);
        return at.getFullYear() + '-' + pad(at.getMonth() + 1) + '-' + pad(at.getDate()) + 'T'
            + pad(at.getHours()) + ':' + pad(at.getMinutes());
    }

    /** The typed start as an instant in UTC; what cannot be read goes as typed, for the server to name. */
    function startValue(text) {
        if (!text) {
            return null;
        }
        var at = new Date(text);
        return isNaN(at.getTime()) ? text : at.toISOString();
    }

    /** A count as typed: a whole number as a number, anything else as text for the server to name. */
    function count(text) {
        var value = String(text || '').trim();
        return /^-?\d{1,9}$/.test(value) ? Number(value) : (value === '' ? null : value);
    }

    function chosenPeople(form, show) {
        T.setHidden(form.querySelector('[data-speed-people]'), !show);
    }

    /** Puts an event into the form for a change, or empties the form for a new event. */
    function fill(root, form, event) {
        var title = form.querySelector('[data-speed-form-title]');
        var reset = form.querySelector('[data-speed-reset]');
        T.clearErrors(form, form.querySelector('[data-speed-form-message]'));
        if (!event) {
            form.reset();
            form.removeAttribute('data-event-id');
            form.removeAttribute('data-version');
            title.textContent = root.getAttribute('data-add-title');
            T.setHidden(reset, true);
            chosenPeople(form, false);
            return;
        }
        form.setAttribute('data-event-id', event.getAttribute('data-speed-event'));
        form.setAttribute('data-version', event.getAttribute('data-version'));
        form.elements.startsAt.value = localValue(event.getAttribute('data-starts-at'));
        form.elements.place.value = event.getAttribute('data-place');
        form.elements.minutesPerRound.value = event.getAttribute('data-minutes');
        form.elements.rounds.value = event.getAttribute('data-rounds');
        form.elements.tables.value = event.getAttribute('data-tables');
        var seated = event.getAttribute('data-mentors-seated') === 'true';
        form.querySelector('#tandem-speed-seated-mentors').checked = seated;
        form.querySelector('#tandem-speed-seated-mentees').checked = !seated;
        var keys = (event.getAttribute('data-participants') || '').split('\n').filter(Boolean);
        form.querySelector('#tandem-speed-who-all').checked = keys.length === 0;
        form.querySelector('#tandem-speed-who-chosen').checked = keys.length > 0;
        T.each(form.querySelectorAll('input[name="participants"]'), function (box) {
            box.checked = keys.indexOf(box.value) >= 0;
        });
        chosenPeople(form, keys.length > 0);
        title.textContent = root.getAttribute('data-edit-title');
        T.setHidden(reset, false);
        form.elements.startsAt.focus();
    }

    function body(form) {
        var chosen = form.querySelector('#tandem-speed-who-chosen').checked;
        var participants = [];
        if (chosen) {
            T.each(form.querySelectorAll('input[name="participants"]:checked'), function (box) {
                participants.push(box.value);
            });
        }
        var answer = {
            startsAt: startValue(form.elements.startsAt.value),
            place: form.elements.place.value,
            minutesPerRound: count(form.elements.minutesPerRound.value),
            rounds: count(form.elements.rounds.value),
            tables: count(form.elements.tables.value),
            mentorsSeated: form.querySelector('#tandem-speed-seated-mentors').checked,
            participants: participants
        };
        if (form.hasAttribute('data-version')) {
            answer.version = Number(form.getAttribute('data-version'));
        }
        return answer;
    }

    function save(root, form) {
        var message = form.querySelector('[data-speed-form-message]');
        T.clearErrors(form, message);
        var id = form.getAttribute('data-event-id');
        var button = form.querySelector('[data-speed-save]');
        button.disabled = true;
        T.send(id ? 'PUT' : 'POST', base(root) + (id ? '/' + encodeURIComponent(id) : ''), body(form))
            .then(function () {
                window.location.reload();
            }, function (error) {
                button.disabled = false;
                T.showErrors(form, message, error, root.getAttribute('data-failed-text'));
                T.focusFirstError(form, message);
            });
    }

    function remove(root, event, button) {
        T.ask({
            title: root.getAttribute('data-delete-question'),
            text: event.querySelector('h4').textContent,
            confirm: root.getAttribute('data-delete-text'),
            cancel: root.getAttribute('data-cancel-text'),
            danger: true,
            opener: button
        }).then(function (sure) {
            if (!sure) {
                return;
            }
            button.disabled = true;
            T.send('DELETE', base(root) + '/' + encodeURIComponent(event.getAttribute('data-speed-event'))
                + '?version=' + encodeURIComponent(event.getAttribute('data-version'))).then(function () {
                window.location.reload();
            }, function (error) {
                button.disabled = false;
                T.showMessage(root.querySelector('[data-speed-message]'),
                    error.message || root.getAttribute('data-failed-text'));
            });
        });
    }

    /** Says who was mailed, who had their schedule already and who has no address, in whole sentences. */
    function sent(root, answer) {
        var lines = [];
        if (answer.mailed.length) {
            lines.push(T.format(root.getAttribute('data-mailed-text'), [answer.mailed.length,
                answer.mailed.join(', ')]));
        }
        if (answer.unchanged.length) {
            lines.push(T.format(root.getAttribute('data-unchanged-text'), [answer.unchanged.length,
                answer.unchanged.join(', ')]));
        }
        if (answer.noAddress.length) {
            lines.push(T.format(root.getAttribute('data-no-address-text'), [answer.noAddress.length,
                answer.noAddress.join(', ')]));
        }
        if (!answer.mailed.length && !answer.noAddress.length) {
            lines.unshift(root.getAttribute('data-nobody-text'));
        }
        var box = root.querySelector('[data-speed-sent]');
        box.textContent = '';
        lines.forEach(function (line) {
            box.appendChild(T.element('p', null, line));
        });
        T.setHidden(box, false);
    }

    function send(root, event, button) {
        button.disabled = true;
        T.showMessage(root.querySelector('[data-speed-message]'), '');
        T.send('POST', base(root) + '/' + encodeURIComponent(event.getAttribute('data-speed-event')) + '/send', {})
            .then(function (answer) {
                button.disabled = false;
                sent(root, answer);
            }, function (error) {
                button.disabled = false;
                T.showMessage(root.querySelector('[data-speed-message]'),
                    error.message || root.getAttribute('data-failed-text'));
            });
    }

    function bind(root) {
        var form = root.querySelector('[data-speed-form]');
        if (form) {
            form.addEventListener('submit', function (e) {
                e.preventDefault();
                save(root, form);
            });
            T.each(form.querySelectorAll('input[name="who"]'), function (radio) {
                radio.addEventListener('change', function () {
                    chosenPeople(form, form.querySelector('#tandem-speed-who-chosen').checked);
                });
            });
            form.querySelector('[data-speed-reset]').addEventListener('click', function () {
                fill(root, form, null);
                form.elements.startsAt.focus();
            });
        }
        root.addEventListener('click', function (e) {
            var button = e.target.closest('[data-speed-edit], [data-speed-delete], [data-speed-send]');
            if (!button || !root.contains(button) || button.disabled) {
                return;
            }
            var event = button.closest('[data-speed-event]');
            if (button.hasAttribute('data-speed-edit')) {
                fill(root, form, event);
            } else if (button.hasAttribute('data-speed-delete')) {
                remove(root, event, button);
            } else {
                send(root, event, button);
            }
        });
    }

    T.ready(function () {
        T.each(document.querySelectorAll('[data-tandem-speed]'), bind);
        T.each(document.querySelectorAll('[data-speed-print]'), function (button) {
            button.addEventListener('click', function () {
                window.print();
            });
        });
    });
}());
