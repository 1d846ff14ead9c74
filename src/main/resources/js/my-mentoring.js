/*
 * My mentoring: the reminder choices are sent as JSON through window.Tandem; server text is set with textContent.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function settings(root) {
        var form = root.querySelector('[data-waiting-settings]');
        var saved = root.querySelector('[data-waiting-saved]');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            T.clearErrors(root);
            saved.textContent = '';
            T.send('PUT', '/my-mentoring/settings', {
                reminders: form.elements.reminders.checked,
                plainText: form.elements.plainText.checked
            }).then(function () {
                saved.textContent = root.getAttribute('data-saved-text');
            }, function (error) {
                T.showErrors(root, root.querySelector('[data-waiting-message]'), error,
                    root.getAttribute('data-failed-text'));
            });
        });
    }

    T.ready(function () {
        T.each(document.querySelectorAll('[data-tandem-my-mentoring]'), settings);
    });
}());
