/*
 * Tandem learnings, expectations meeting, fit question and the manager's feedback: forms and buttons post JSON
 * through window.Tandem and the page is drawn again from the server. Server text is set with textContent only.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function failed(root, error) {
        T.showErrors(root, root.querySelector('[data-learning-message]'), error, root.getAttribute('data-failed-text'));
    }

    function done() {
        window.location.reload();
    }

    function checked(form, name) {
        var values = [];
        T.each(form.querySelectorAll('input[name="' + name + '"]:checked'), function (box) {
            values.push(parseInt(box.value, 10));
        });
        return values;
    }

    function learnings(root) {
        var sessionId = root.getAttribute('data-session-id');
        var form = root.querySelector('[data-learning-add]');
        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                T.clearErrors(root);
                T.send('POST', '/learning/sessions/' + sessionId, {
                    themeId: parseInt(form.elements.themeId.value, 10),
                    text: form.elements.text.value
                }).then(done, function (error) {
                    failed(root, error);
                });
            });
        }
        T.each(root.querySelectorAll('[data-learning-share]'), function (button) {
            button.addEventListener('click', function () {
                var item = button.closest('[data-learning-id]');
                T.send('POST', '/learning/' + item.getAttribute('data-learning-id') + '/share', {
                    version: parseInt(item.getAttribute('data-version'), 10),
                    shared: button.getAttribute('data-learning-share') === 'true'
                }).then(done, function (error) {
                    failed(root, error);
                });
            });
        });
    }

    function expectations(root) {
        T.each(root.querySelectorAll('[data-expectations-form]'), function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                T.clearErrors(form);
                T.send('POST', '/expectations/' + form.getAttribute('data-pairing-id'), {
                    version: parseInt(form.getAttribute('data-version'), 10),
                    heldOn: form.elements.heldOn.value,
                    themeIds: checked(form, 'themeIds'),
                    supportTime: form.elements.supportTime.value,
                    supportTasks: form.elements.supportTasks.value,
                    notes: form.elements.notes.value
                }).then(done, function (error) {
                    failed(root, error);
                    T.showErrors(form, null, error, null);
                });
            });
        });
    }

    function fit(root) {
        var section = root.querySelector('[data-fit-pairing-id]');
        if (!section) {
            return;
        }
        T.each(section.querySelectorAll('[data-fit-answer]'), function (button) {
            button.addEventListener('click', function () {
                var answer = button.getAttribute('data-fit-answer');
                var post = function () {
                    T.send('POST', '/fit/' + section.getAttribute('data-fit-pairing-id'), {answer: answer})
                        .then(done, function (error) {
                            failed(root, error);
                        });
                };
                var question = button.getAttribute('data-confirm');
                if (question) {
                    T.ask({title: button.textContent, text: question, confirm: button.textContent,
                        cancel: button.getAttribute('data-cancel'), danger: true}).then(function (answered) {
                        if (answered !== null && answered !== undefined) {
                            post();
                        }
                    });
                } else {
                    post();
                }
            });
        });
    }

    function feedback(root) {
        T.each(root.querySelectorAll('[data-learning-feedback]'), function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var item = form.closest('[data-learning-id]');
                T.clearErrors(form);
                T.send('POST', '/learning/' + item.getAttribute('data-learning-id') + '/feedback', {
                    version: parseInt(item.getAttribute('data-version'), 10),
                    feedback: form.elements.feedback.value
                }).then(done, function (error) {
                    failed(root, error);
                });
            });
        });
    }

    T.ready(function () {
        T.each(document.querySelectorAll('[data-tandem-learnings]'), learnings);
        T.each(document.querySelectorAll('[data-tandem-checkin]'), function (root) {
            expectations(root);
            fit(root);
        });
        T.each(document.querySelectorAll('[data-tandem-manager]'), function (root) {
            expectations(root);
            feedback(root);
        });
    });
}());
