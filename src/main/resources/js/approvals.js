/*
 * Tandem approvals: approve or decline an application (as its manager or as a coordinator) through the REST API.
 * A decided application leaves the list in place and a flag says so. Server text is set with textContent only.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    /**
     * Takes a decided application off the list; an empty list goes with its heading, an empty box with it. The
     * focus moves to the next application's first button.
     */
    function removeItem(root, item) {
        var items = Array.prototype.slice.call(root.querySelectorAll('[data-tandem-approval]'));
        var next = items[items.indexOf(item) + 1] || items[items.indexOf(item) - 1];
        var list = item.parentNode;
        list.removeChild(item);
        if (!list.querySelector('[data-tandem-approval]')) {
            var heading = list.previousElementSibling;
            if (heading && heading.tagName === 'H3') {
                heading.parentNode.removeChild(heading);
            }
            list.parentNode.removeChild(list);
        }
        if (!root.querySelector('[data-tandem-approval]') && root.parentNode) {
            root.parentNode.removeChild(root);
        }
        var button = next && next.querySelector('button[data-verdict]');
        if (button) {
            button.focus();
        }
    }

    function decide(root, item, verdict, button) {
        var form = item.querySelector('.tandem-approval-form');
        var box = item.querySelector('.tandem-approval-message');
        var reasonField = form.querySelector('[name="reason"]');
        var reason = reasonField.value.trim();
        T.clearErrors(form, box);
        if (verdict === 'DECLINE' && !reason) {
            T.showErrors(form, null, {fieldErrors: {reason: {message: root.getAttribute('data-reason-needed-text')}}});
            reasonField.focus();
            return;
        }
        var buttons = form.querySelectorAll('button');
        T.each(buttons, function (b) { b.disabled = true; });
        var name = item.querySelector('.tandem-approval-name').firstChild.textContent.trim();
        T.send('POST', '/applications/' + encodeURIComponent(item.getAttribute('data-application-id')) + '/'
            + item.getAttribute('data-decider') + '-decision', {
            version: Number(item.getAttribute('data-version')),
            verdict: verdict,
            reason: reason || null
        }).then(function () {
            var done = root.getAttribute(verdict === 'APPROVE' ? 'data-text-approved' : 'data-text-declined');
            removeItem(root, item);
            T.flag('success', T.format(done, [name]));
        }, function (error) {
            T.each(buttons, function (b) { b.disabled = false; });
            T.showErrors(form, box, error, root.getAttribute('data-failed-text'));
            button.focus();
        });
    }

    T.ready(function () {
        T.each(document.querySelectorAll('.tandem-approvals'), function (root) {
            T.each(root.querySelectorAll('[data-tandem-approval]'), function (item) {
                T.each(item.querySelectorAll('button[data-verdict]'), function (button) {
                    button.addEventListener('click', function () {
                        decide(root, item, button.getAttribute('data-verdict'), button);
                    });
                });
            });
        });
    });
}());
