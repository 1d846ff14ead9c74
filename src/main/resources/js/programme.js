/*
 * Tandem programme administration: move the phase, edit the charter, add and remove the programme's own learning
 * themes, through the REST API with JSON bodies. Plain browser JavaScript; every text from the server is set with
 * textContent, never as markup. The page reloads after a change so that everything on it agrees.
 */
(function () {
    'use strict';

    function restBase() {
        var context = (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
        return context + '/rest/tandem/1.0';
    }

    function showMessage(root, text) {
        var box = root.querySelector('.tandem-admin-message');
        box.textContent = text || '';
        box.hidden = !text;
    }

    function clearFieldErrors(form) {
        Array.prototype.forEach.call(form.querySelectorAll('[data-field-error]'), function (slot) {
            slot.textContent = '';
        });
    }

    function showFieldErrors(form, fieldErrors) {
        var unplaced = [];
        Object.keys(fieldErrors).forEach(function (field) {
            var slot = form ? form.querySelector('[data-field-error="' + field + '"]') : null;
            if (slot) {
                slot.textContent = fieldErrors[field].message;
            } else {
                unplaced.push(fieldErrors[field].message);
            }
        });
        return unplaced;
    }

    function setBusy(elements, busy) {
        Array.prototype.forEach.call(elements, function (element) { element.disabled = busy; });
    }

    function send(root, method, path, body, form, buttons) {
        setBusy(buttons, true);
        showMessage(root, '');
        if (form) {
            clearFieldErrors(form);
        }
        var options = {
            method: method,
            credentials: 'same-origin',
            headers: {
                'Content-Type': 'application/json',
                'Accept': 'application/json',
                'X-Atlassian-Token': 'no-check'
            }
        };
        if (body !== null) {
            options.body = JSON.stringify(body);
        }
        window.fetch(restBase() + '/programmes/' + encodeURIComponent(root.getAttribute('data-programme-id')) + path,
            options).then(function (response) {
            if (response.ok) {
                window.location.reload();
                return;
            }
            return response.json().catch(function () { return {}; }).then(function (json) {
                var unplaced = showFieldErrors(form, (json && json.fieldErrors) || {});
                var message = (json && json.message) || root.getAttribute('data-failed-text');
                showMessage(root, unplaced.length ? message + ' ' + unplaced.join(' ') : message);
                setBusy(buttons, false);
            });
        }, function () {
            showMessage(root, root.getAttribute('data-failed-text'));
            setBusy(buttons, false);
        });
    }

    function version(root) {
        return Number(root.getAttribute('data-version'));
    }

    function initPhases(root) {
        var buttons = root.querySelectorAll('.tandem-phase-move');
        Array.prototype.forEach.call(buttons, function (button) {
            button.addEventListener('click', function () {
                var confirmText = button.getAttribute('data-confirm-text');
                if (confirmText && !window.confirm(confirmText)) {
                    return;
                }
                send(root, 'POST', '/phase', { version: version(root), phase: button.getAttribute('data-phase') },
                    null, buttons);
            });
        });
    }

    function initCharter(root) {
        var form = root.querySelector('.tandem-charter-form');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var value = function (name) { return form.elements[name].value.trim(); };
            send(root, 'PUT', '/charter', {
                version: version(root),
                purpose: value('purpose') || null,
                goals: value('goals') || null,
                confidentialityRules: value('confidentialityRules') || null,
                startDate: value('startDate') || null,
                durationMonths: value('durationMonths') || null,
                cadence: value('cadence') || null,
                managerApprovalRequired: form.elements.managerApprovalRequired.checked,
                sponsorApprovalRequired: form.elements.sponsorApprovalRequired.checked
            }, form, form.querySelectorAll('button'));
        });
    }

    function initThemes(root) {
        var form = root.querySelector('.tandem-theme-form');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                send(root, 'POST', '/themes', {
                    category: form.elements.category.value.trim() || null,
                    name: form.elements.name.value.trim() || null
                }, form, form.querySelectorAll('button'));
            });
        }
        Array.prototype.forEach.call(root.querySelectorAll('[data-theme-id]'), function (item) {
            var button = item.querySelector('.tandem-theme-remove');
            button.addEventListener('click', function () {
                send(root, 'DELETE', '/themes/' + encodeURIComponent(item.getAttribute('data-theme-id')), null,
                    null, [button]);
            });
        });
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('.tandem-programme-admin'), function (root) {
            initPhases(root);
            initCharter(root);
            initThemes(root);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
