/*
 * Tandem approvals: approve or decline an application (as its manager or as a coordinator) through the REST API.
 * Plain browser JavaScript; every text from the server is set with textContent, never as markup.
 */
(function () {
    'use strict';

    function restBase() {
        var context = (window.AJS && typeof window.AJS.contextPath === 'function') ? window.AJS.contextPath() : '';
        return context + '/rest/tandem/1.0';
    }

    function showMessage(box, text) {
        box.textContent = text || '';
        box.hidden = !text;
        box.style.display = text ? '' : 'none';
    }

    function decide(item, verdict, root) {
        var form = item.querySelector('.tandem-approval-form');
        var box = item.querySelector('.tandem-approval-message');
        var reason = form.querySelector('[name="reason"]').value.trim();
        if (verdict === 'DECLINE' && !reason) {
            showMessage(box, root.getAttribute('data-reason-needed-text'));
            form.querySelector('[name="reason"]').focus();
            return;
        }
        var buttons = form.querySelectorAll('button');
        Array.prototype.forEach.call(buttons, function (button) { button.disabled = true; });
        showMessage(box, '');
        var path = '/applications/' + encodeURIComponent(item.getAttribute('data-application-id')) + '/'
            + item.getAttribute('data-decider') + '-decision';
        window.fetch(restBase() + path, {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
            body: JSON.stringify({
                version: Number(item.getAttribute('data-version')),
                verdict: verdict,
                reason: reason || null
            })
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (body) {
                if (response.ok) {
                    window.location.reload();
                    return;
                }
                var fieldErrors = (body && body.fieldErrors) || {};
                var first = Object.keys(fieldErrors)[0];
                showMessage(box, (first && fieldErrors[first].message) || (body && body.message)
                    || root.getAttribute('data-failed-text'));
                Array.prototype.forEach.call(buttons, function (button) { button.disabled = false; });
            });
        }, function () {
            showMessage(box, root.getAttribute('data-failed-text'));
            Array.prototype.forEach.call(buttons, function (button) { button.disabled = false; });
        });
    }

    function init() {
        Array.prototype.forEach.call(document.querySelectorAll('.tandem-approvals'), function (root) {
            Array.prototype.forEach.call(root.querySelectorAll('[data-tandem-approval]'), function (item) {
                Array.prototype.forEach.call(item.querySelectorAll('button[data-verdict]'), function (button) {
                    button.addEventListener('click', function () {
                        decide(item, button.getAttribute('data-verdict'), root);
                    });
                });
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
