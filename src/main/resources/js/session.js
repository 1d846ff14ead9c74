/*
 * The session page and the pairing home: their forms post JSON to Tandem's REST API and the page is drawn again
 * from the server's answer. Server text is set as text only.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function post(form, path, body) {
        var scope = form.closest('[data-tandem-session], [data-tandem-pairing-home]');
        var box = scope.querySelector('[data-session-message]');
        T.clearErrors(form, box);
        return T.send('POST', path, body).then(function () {
            window.location.reload();
        }, function (error) {
            T.showErrors(form, box, error, '');
        });
    }

    function submit(form) {
        var kind = form.getAttribute('data-session-form');
        var value = function (name) {
            var field = form.elements[name];
            return field ? field.value : '';
        };
        if (kind === 'note') {
            return post(form, '/sessions/' + form.getAttribute('data-session-id') + '/notes',
                {text: value('text'), version: Number(form.getAttribute('data-version'))});
        }
        if (kind === 'action') {
            return post(form, '/sessions/' + form.getAttribute('data-session-id') + '/action-items',
                {text: value('text'), owner: value('owner'), due: value('due') || null});
        }
        if (kind === 'cadence') {
            return post(form, '/session-pairings/' + form.getAttribute('data-pairing-id') + '/cadence',
                {cadence: value('cadence') || null, version: Number(form.getAttribute('data-version'))});
        }
        if (kind === 'create') {
            return post(form, '/session-pairings/' + form.getAttribute('data-pairing-id') + '/sessions', {
                start: value('date') + 'T' + value('time'),
                zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
                minutes: Number(value('minutes')),
                format: value('format'),
                closing: !!(form.elements.closing && form.elements.closing.checked)
            });
        }
        return null;
    }

    T.ready(function () {
        T.each(document.querySelectorAll('[data-session-form]'), function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                submit(form);
            });
        });
        T.each(document.querySelectorAll('[data-session-tick]'), function (box) {
            box.addEventListener('change', function () {
                var form = box.closest('[data-tandem-session]');
                T.send('POST', '/action-items/' + box.getAttribute('data-session-tick') + '/done',
                    {done: box.checked, version: Number(box.getAttribute('data-version'))}).then(function () {
                    window.location.reload();
                }, function (error) {
                    T.showErrors(form, form.querySelector('[data-session-message]'), error, '');
                });
            });
        });
    });
}());
