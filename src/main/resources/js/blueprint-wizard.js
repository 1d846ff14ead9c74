/*
 * Tandem "Mentoring programme" space blueprint: checks the wizard's fields before the space is created, so that a
 * space never starts with a programme it cannot hold. The messages are in the form itself (hidden until needed).
 * In Confluence the check runs on the wizard's submit; on a plain page holding the form it runs on form submit.
 */
(function () {
    'use strict';

    /* Confluence finds a wizard by the complete key of the blueprint's web item in the create-space dialog. */
    var BLUEPRINT = 'org.tandem.tandem:tandem-programme-space-item';
    var PAGE_ID = 'tandem-programme-wizard-page';
    var MONTHS_BACK = 12;

    function value(form, name) {
        var field = form.querySelector('[name="' + name + '"]');
        return field && typeof field.value === 'string' ? field.value.trim() : '';
    }

    function validDate(text) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
            return false;
        }
        var parts = text.split('-');
        var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
        if (date.getUTCMonth() !== +parts[1] - 1) {
            return false;
        }
        var earliest = new Date();
        earliest.setUTCMonth(earliest.getUTCMonth() - MONTHS_BACK);
        return date >= new Date(Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth(), earliest.getUTCDate()));
    }

    /** The names of the fields in error. */
    function problems(form) {
        var bad = [];
        if (!value(form, 'name') || value(form, 'name').length > 200) {
            bad.push('name');
        }
        if (!/^[A-Za-z0-9]{1,30}$/.test(value(form, 'spaceKey'))) {
            bad.push('spaceKey');
        }
        if (['ONE_TO_ONE', 'PEER', 'REVERSE', 'GROUP', 'FLASH'].indexOf(value(form, 'programmeType')) < 0) {
            bad.push('programmeType');
        }
        if (!validDate(value(form, 'startDate'))) {
            bad.push('startDate');
        }
        var months = value(form, 'durationMonths');
        if (!/^\d{1,2}$/.test(months) || +months < 1 || +months > 36) {
            bad.push('durationMonths');
        }
        if (['WEEKLY', 'FORTNIGHTLY', 'MONTHLY'].indexOf(value(form, 'cadence')) < 0) {
            bad.push('cadence');
        }
        ['purpose', 'goals'].forEach(function (name) {
            var text = value(form, name);
            if (!text || text.length > 5000) {
                bad.push(name);
            }
        });
        return bad;
    }

    function setHidden(element, hidden) {
        element.hidden = hidden;
        element.style.display = hidden ? 'none' : '';
    }

    /**
     * Shows the messages of the fields in error, and from then on keeps them current while the person types;
     * true when there are none.
     */
    function check(form, moveFocus) {
        if (!form.getAttribute('data-tandem-checked')) {
            form.setAttribute('data-tandem-checked', 'true');
            var recheck = function () {
                check(form, false);
            };
            form.addEventListener('input', recheck);
            form.addEventListener('change', recheck);
        }
        var bad = problems(form);
        Array.prototype.forEach.call(form.querySelectorAll('[data-tandem-error]'), function (message) {
            var field = message.getAttribute('data-tandem-error');
            var wrong = bad.indexOf(field) >= 0;
            setHidden(message, !wrong);
            var input = form.querySelector('[name="' + field + '"]');
            if (input) {
                input.setAttribute('aria-invalid', wrong ? 'true' : 'false');
            }
        });
        var summary = form.querySelector('.tandem-wizard-summary');
        if (summary) {
            setHidden(summary, bad.length === 0);
        }
        if (bad.length > 0 && moveFocus !== false) {
            var first = form.querySelector('[name="' + bad[0] + '"]');
            if (first && first.focus) {
                first.focus();
            }
        }
        return bad.length === 0;
    }

    function defaultStartDate(form) {
        var start = form.querySelector('[name="startDate"]');
        if (start && !start.value) {
            var d = new Date();
            d.setUTCDate(d.getUTCDate() + 14);
            start.value = d.toISOString().substring(0, 10);
        }
    }

    function bindPlainForms() {
        Array.prototype.forEach.call(document.querySelectorAll('form.tandem-programme-wizard'), function (form) {
            if (form.getAttribute('data-tandem-bound')) {
                return;
            }
            form.setAttribute('data-tandem-bound', 'true');
            defaultStartDate(form);
            form.addEventListener('submit', function (event) {
                if (!check(form)) {
                    event.preventDefault();
                }
            });
        });
    }

    var Confluence = window.Confluence;
    if (Confluence && Confluence.Blueprint && typeof Confluence.Blueprint.setWizard === 'function') {
        Confluence.Blueprint.setWizard(BLUEPRINT, function (wizard) {
            wizard.on('post-render.' + PAGE_ID, function (event, state) {
                defaultStartDate(state.$container[0].querySelector('form') || state.$container[0]);
                var bindings = Confluence.SpaceBlueprint && Confluence.SpaceBlueprint.CommonWizardBindings;
                if (bindings && bindings.postRender) {
                    bindings.postRender(event, state);
                }
            });
            wizard.on('submit.' + PAGE_ID, function (event, state) {
                var form = state.$container[0].querySelector('form');
                if (form && !check(form)) {
                    return false;
                }
                var bindings = Confluence.SpaceBlueprint && Confluence.SpaceBlueprint.CommonWizardBindings;
                return bindings && bindings.submit ? bindings.submit(event, state) : true;
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', bindPlainForms);
    } else {
        bindPlainForms();
    }
}());
