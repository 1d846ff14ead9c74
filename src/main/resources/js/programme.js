/*
 * Tandem programme administration: move the phase, edit the charter, add and remove the programme's own learning
 * themes, relax the line-of-authority rule with a reason, run the programme again in a new space, through the REST API with JSON bodies. A phase move asks in an AUI dialog where the template says so. The
 * page reloads after a change so that everything on it (phase, next steps, counts) agrees.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function setBusy(elements, busy) {
        T.each(elements, function (element) { element.disabled = busy; });
    }

    function send(root, method, path, body, form, buttons) {
        var box = root.querySelector('.tandem-admin-message');
        setBusy(buttons, true);
        T.clearErrors(form || root, box);
        T.send(method, '/programmes/' + encodeURIComponent(root.getAttribute('data-programme-id')) + path, body)
            .then(function () {
                window.location.reload();
            }, function (error) {
                T.showErrors(form || root, box, error, root.getAttribute('data-failed-text'));
                setBusy(buttons, false);
            });
    }

    function version(root) {
        return Number(root.getAttribute('data-version'));
    }

    function initPhases(root) {
        var buttons = root.querySelectorAll('.tandem-phase-move');
        T.each(buttons, function (button) {
            button.addEventListener('click', function () {
                var move = function () {
                    send(root, 'POST', '/phase', {version: version(root), phase: button.getAttribute('data-phase')},
                        null, buttons);
                };
                var question = button.getAttribute('data-confirm-text');
                if (!question) {
                    move();
                    return;
                }
                T.ask({
                    title: button.textContent.trim(),
                    text: question,
                    confirm: button.textContent.trim(),
                    cancel: root.getAttribute('data-text-cancel'),
                    opener: button
                }).then(function (answer) {
                    if (answer) {
                        move();
                    }
                });
            });
        });
    }

    /**
     * The line-of-authority rule: ticking the box asks for the required reason in a dialog, clearing it asks for a
     * confirmation; a cancelled dialog puts the box back as it was.
     */
    function initLineOfAuthority(root) {
        var part = root.querySelector('.tandem-line-of-authority');
        if (!part) {
            return;
        }
        var box = part.querySelector('.tandem-relax-down');
        var text = function (name) { return part.getAttribute('data-text-' + name); };
        box.addEventListener('change', function () {
            var relax = box.checked;
            var question = relax ? {
                title: text('title'),
                text: text('explain'),
                reasonLabel: text('reason'),
                required: true,
                requiredText: text('required'),
                confirm: text('confirm'),
                cancel: root.getAttribute('data-text-cancel'),
                opener: box
            } : {
                title: text('restore'),
                text: text('restore-confirm'),
                confirm: text('restore'),
                cancel: root.getAttribute('data-text-cancel'),
                opener: box
            };
            T.ask(question).then(function (answer) {
                if (!answer) {
                    box.checked = !relax;
                    return;
                }
                send(root, 'PUT', '/line-of-authority', relax
                    ? {version: version(root), relaxDown: true, reason: answer}
                    : {version: version(root), relaxDown: false}, part, [box]);
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
        T.each(root.querySelectorAll('[data-theme-id]'), function (item) {
            var button = item.querySelector('.tandem-theme-remove');
            button.addEventListener('click', function () {
                send(root, 'DELETE', '/themes/' + encodeURIComponent(item.getAttribute('data-theme-id')), null,
                    null, [button]);
            });
        });
    }

    /** Running the programme again: the new space's name and key; on success, the new space's home page. */
    function initRerun(root) {
        var form = root.querySelector('.tandem-rerun-form');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var box = root.querySelector('.tandem-admin-message');
            var buttons = form.querySelectorAll('button');
            setBusy(buttons, true);
            T.clearErrors(form, box);
            T.send('POST', '/programmes/' + encodeURIComponent(root.getAttribute('data-programme-id')) + '/rerun', {
                name: form.elements.name.value.trim() || null,
                spaceKey: form.elements.spaceKey.value.trim() || null
            }).then(function (created) {
                var context = window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
                window.location.assign(context + '/display/' + encodeURIComponent(created.spaceKey));
            }, function (error) {
                T.showErrors(form, box, error, root.getAttribute('data-failed-text'));
                setBusy(buttons, false);
            });
        });
    }

    T.ready(function () {
        T.each(document.querySelectorAll('.tandem-programme-admin'), function (root) {
            initPhases(root);
            initLineOfAuthority(root);
            initCharter(root);
            initThemes(root);
            initRerun(root);
        });
    });
}());
