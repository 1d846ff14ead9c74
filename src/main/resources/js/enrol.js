/*
 * Tandem enrolment form: posts JSON to the REST API, shows field errors next to the fields, reloads on success
 * (the application is then drawn by the server). Every text from the server is set with textContent.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function selectedRole(form) {
        var checked = form.querySelector('input[name="role"]:checked');
        var fixed = form.querySelector('input[type="hidden"][name="role"]');
        return checked ? checked.value : (fixed ? fixed.value : null);
    }

    function showRoleSections(form) {
        var role = selectedRole(form);
        T.each(form.querySelectorAll('[data-role-section]'), function (section) {
            T.setHidden(section, section.getAttribute('data-role-section') !== role);
        });
    }

    function number(value) {
        var text = (value || '').trim();
        if (text === '') {
            return null;
        }
        return /^-?\d+$/.test(text) ? parseInt(text, 10) : text;
    }

    function values(select) {
        if (!select) {
            return [];
        }
        return Array.prototype.filter.call(select.options, function (option) {
            return option.selected;
        }).map(function (option) {
            return option.value;
        });
    }

    function payloadOf(form) {
        var role = selectedRole(form);
        var payload = {
            role: role,
            themeIds: Array.prototype.map.call(form.querySelectorAll('input[name="themeIds"]:checked'),
                function (box) { return number(box.value); }),
            language: form.elements.language.value,
            availability: form.elements.availability.value
        };
        if (role === 'MENTOR') {
            payload.motivation = form.elements.motivation.value;
            payload.capacity = number(form.elements.capacity.value);
        } else {
            payload.goals = form.elements.goals.value;
            payload.preferredUserKeys = values(form.elements.preferredUserKeys);
            payload.excludedUserKeys = values(form.elements.excludedUserKeys);
        }
        return payload;
    }

    function busy(scope, on) {
        T.each(scope.querySelectorAll('button'), function (button) {
            button.disabled = on;
        });
    }

    /** Sends a request from scope; reloads when it worked, otherwise shows why next to the fields. */
    function submit(root, scope, messageBox, request) {
        T.clearErrors(scope, messageBox);
        busy(scope, true);
        request().then(function () {
            window.location.reload();
        }, function (error) {
            busy(scope, false);
            T.showErrors(scope, messageBox, error, root.getAttribute('data-failed-text'));
            T.focusFirstError(scope, messageBox);
        });
    }

    function initForm(root, form) {
        var messageBox = form.querySelector('.tandem-enrol-form-error');
        showRoleSections(form);
        T.each(form.querySelectorAll('input[name="role"]'), function (radio) {
            radio.addEventListener('change', function () { showRoleSections(form); });
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var payload = payloadOf(form);
            submit(root, form, messageBox, function () {
                if (form.getAttribute('data-mode') === 'edit') {
                    payload.version = number(root.getAttribute('data-version'));
                    return T.send('PUT', '/applications/'
                        + encodeURIComponent(root.getAttribute('data-application-id')), payload);
                }
                return T.send('POST', '/programmes/' + encodeURIComponent(root.getAttribute('data-programme-id'))
                    + '/applications', payload);
            });
        });
    }

    function initApplication(root, section) {
        var messageBox = section.querySelector('.tandem-enrol-message');
        var form = root.querySelector('.tandem-enrol-form');
        var id = encodeURIComponent(root.getAttribute('data-application-id'));

        function step(path) {
            submit(root, section, messageBox, function () {
                return T.send('POST', '/applications/' + id + path,
                    {version: number(root.getAttribute('data-version'))});
            });
        }

        section.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button[data-action]') : null;
            if (!button) {
                return;
            }
            var action = button.getAttribute('data-action');
            if (action === 'edit' && form) {
                T.setHidden(form, false);
                T.setHidden(section, true);
                var first = form.querySelector('input:not([type="hidden"]), textarea, select');
                if (first) {
                    first.focus();
                }
            } else if (action === 'withdraw') {
                T.ask({
                    title: root.getAttribute('data-text-withdraw-title'),
                    text: root.getAttribute('data-withdraw-question'),
                    confirm: root.getAttribute('data-text-withdraw-confirm'),
                    cancel: root.getAttribute('data-text-cancel'),
                    danger: true,
                    opener: button
                }).then(function (answer) {
                    if (answer) {
                        step('/withdraw');
                    }
                });
            } else if (action === 'confirm') {
                step('/confirm');
            }
        });

        if (form) {
            form.addEventListener('click', function (event) {
                var button = event.target.closest ? event.target.closest('button[data-action="cancel-edit"]') : null;
                if (button) {
                    T.setHidden(form, true);
                    T.setHidden(section, false);
                }
            });
        }
    }

    function init(root) {
        if (root.getAttribute('data-tandem-ready')) {
            return;
        }
        root.setAttribute('data-tandem-ready', 'true');
        var form = root.querySelector('.tandem-enrol-form');
        var section = root.querySelector('.tandem-enrol-application');
        if (form) {
            initForm(root, form);
        }
        if (section) {
            initApplication(root, section);
        }
    }

    T.ready(function () {
        T.each(document.querySelectorAll('[data-tandem-enrol]'), init);
    });
}());
