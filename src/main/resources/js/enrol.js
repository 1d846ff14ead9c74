/*
 * Tandem enrolment form: posts JSON to the REST API, shows field errors next to the fields, reloads on success.
 * Plain browser JavaScript (no build step); every text from the server is set with textContent, never as markup.
 */
(function () {
    'use strict';

    function restBase() {
        var context = (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
        return context + '/rest/tandem/1.0';
    }

    function send(method, path, payload) {
        return window.fetch(restBase() + path, {
            method: method,
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify(payload)
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (body) {
                return { ok: response.ok, status: response.status, body: body || {} };
            });
        });
    }

    function each(list, action) {
        Array.prototype.forEach.call(list, action);
    }

    /** Hides or shows an element; the inline style wins over style sheets that set a display of their own. */
    function setHidden(element, hidden) {
        element.hidden = hidden;
        element.style.display = hidden ? 'none' : '';
    }

    function show(element, text) {
        if (!element) {
            return;
        }
        element.textContent = text || '';
        setHidden(element, !text);
    }

    function clearErrors(scope) {
        each(scope.querySelectorAll('[data-error-for]'), function (element) {
            element.textContent = '';
        });
        each(scope.querySelectorAll('[aria-invalid]'), function (element) {
            element.removeAttribute('aria-invalid');
        });
    }

    /** Puts each field error next to its field; what has no field goes to the message box. */
    function showErrors(root, scope, messageBox, result) {
        var body = result.body;
        var fieldErrors = body.fieldErrors || {};
        var unplaced = [];
        Object.keys(fieldErrors).forEach(function (field) {
            var message = fieldErrors[field] && fieldErrors[field].message;
            var target = scope.querySelector('[data-error-for="' + field.replace(/[^A-Za-z]/g, '') + '"]');
            if (target) {
                target.textContent = message;
                each(scope.querySelectorAll('[name="' + field.replace(/[^A-Za-z]/g, '') + '"]'), function (input) {
                    input.setAttribute('aria-invalid', 'true');
                });
            } else {
                unplaced.push(message);
            }
        });
        var summary = body.message || root.getAttribute('data-failed-text');
        show(messageBox, unplaced.length ? summary + ' ' + unplaced.join(' ') : summary);
    }

    function selectedRole(form) {
        var checked = form.querySelector('input[name="role"]:checked');
        var fixed = form.querySelector('input[type="hidden"][name="role"]');
        return checked ? checked.value : (fixed ? fixed.value : null);
    }

    function showRoleSections(form) {
        var role = selectedRole(form);
        each(form.querySelectorAll('[data-role-section]'), function (section) {
            setHidden(section, section.getAttribute('data-role-section') !== role);
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
        var mentor = role === 'MENTOR';
        var payload = {
            role: role,
            themeIds: Array.prototype.map.call(form.querySelectorAll('input[name="themeIds"]:checked'),
                function (box) { return number(box.value); }),
            language: form.elements.language.value,
            availability: form.elements.availability.value
        };
        if (mentor) {
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
        each(scope.querySelectorAll('button'), function (button) {
            button.disabled = on;
        });
    }

    function initForm(root, form) {
        var messageBox = form.querySelector('.tandem-enrol-form-error');
        showRoleSections(form);
        each(form.querySelectorAll('input[name="role"]'), function (radio) {
            radio.addEventListener('change', function () { showRoleSections(form); });
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearErrors(form);
            show(messageBox, '');
            var payload = payloadOf(form);
            var request;
            if (form.getAttribute('data-mode') === 'edit') {
                payload.version = number(root.getAttribute('data-version'));
                request = send('PUT', '/applications/' + encodeURIComponent(root.getAttribute('data-application-id')),
                    payload);
            } else {
                request = send('POST', '/programmes/' + encodeURIComponent(root.getAttribute('data-programme-id'))
                    + '/applications', payload);
            }
            busy(form, true);
            request.then(function (result) {
                if (result.ok) {
                    window.location.reload();
                    return;
                }
                busy(form, false);
                showErrors(root, form, messageBox, result);
            }, function () {
                busy(form, false);
                show(messageBox, root.getAttribute('data-failed-text'));
            });
        });
    }

    function initApplication(root, section) {
        var messageBox = section.querySelector('.tandem-enrol-message');
        var form = root.querySelector('.tandem-enrol-form');
        var id = encodeURIComponent(root.getAttribute('data-application-id'));

        function step(path) {
            show(messageBox, '');
            busy(section, true);
            send('POST', '/applications/' + id + path, { version: number(root.getAttribute('data-version')) })
                .then(function (result) {
                    if (result.ok) {
                        window.location.reload();
                        return;
                    }
                    busy(section, false);
                    showErrors(root, section, messageBox, result);
                }, function () {
                    busy(section, false);
                    show(messageBox, root.getAttribute('data-failed-text'));
                });
        }

        section.addEventListener('click', function (event) {
            var button = event.target.closest ? event.target.closest('button[data-action]') : null;
            if (!button) {
                return;
            }
            var action = button.getAttribute('data-action');
            if (action === 'edit' && form) {
                setHidden(form, false);
                setHidden(section, true);
                var first = form.querySelector('input:not([type="hidden"]), textarea, select');
                if (first) {
                    first.focus();
                }
            } else if (action === 'withdraw') {
                if (window.confirm(root.getAttribute('data-withdraw-question'))) {
                    step('/withdraw');
                }
            } else if (action === 'confirm') {
                step('/confirm');
            }
        });

        if (form) {
            form.addEventListener('click', function (event) {
                var button = event.target.closest ? event.target.closest('button[data-action="cancel-edit"]') : null;
                if (button) {
                    setHidden(form, true);
                    setHidden(section, false);
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

    function initAll() {
        each(document.querySelectorAll('[data-tandem-enrol]'), init);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', initAll);
    } else {
        initAll();
    }
}());
