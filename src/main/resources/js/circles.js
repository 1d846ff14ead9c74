/*
 * Tandem alumni peer circles: a coordinator forms or deletes a circle, a member leaves one. JSON goes through
 * window.Tandem and the page is drawn again from the server. Server text is set with textContent only.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function failed(root, form, error) {
        T.showErrors(root, root.querySelector('[data-circle-message]'), error, root.getAttribute('data-failed-text'));
        if (form) {
            T.showErrors(form, null, error, null);
        }
    }

    function done() {
        window.location.reload();
    }

    function form(root) {
        var f = root.querySelector('[data-circle-form]');
        if (!f) {
            return;
        }
        f.addEventListener('submit', function (event) {
            event.preventDefault();
            T.clearErrors(root);
            var members = [];
            T.each(f.querySelectorAll('input[name="members"]:checked'), function (box) {
                if (members.indexOf(box.value) < 0) {
                    members.push(box.value);
                }
            });
            T.send('POST', '/programmes/' + f.getAttribute('data-programme-id') + '/circles', {
                name: f.elements.name.value,
                themeId: parseInt(f.elements.themeId.value, 10),
                members: members
            }).then(done, function (error) {
                failed(root, f, error);
            });
        });
    }

    function buttons(root) {
        T.each(root.querySelectorAll('[data-circle-delete]'), function (button) {
            button.addEventListener('click', function () {
                T.send('DELETE', '/programmes/' + button.getAttribute('data-programme-id') + '/circles/'
                    + button.getAttribute('data-circle-delete')).then(done, function (error) {
                    failed(root, null, error);
                });
            });
        });
        T.each(root.querySelectorAll('[data-circle-leave]'), function (button) {
            button.addEventListener('click', function () {
                T.send('POST', '/circles/' + button.getAttribute('data-circle-leave') + '/leave', {})
                    .then(done, function (error) {
                        failed(root, null, error);
                    });
            });
        });
    }

    T.ready(function () {
        T.each(document.querySelectorAll('[data-tandem-circles]'), function (root) {
            form(root);
            buttons(root);
        });
    });
}());
