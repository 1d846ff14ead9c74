/*
 * Tandem surveys: a person sends their answer to an open survey, a coordinator saves the programme's agreement
 * statements. JSON goes through window.Tandem and the page is drawn again from the server. Server text is set with
 * textContent only.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function failed(root, form, error) {
        T.showErrors(root, root.querySelector('[data-survey-message]'), error, root.getAttribute('data-failed-text'));
        if (form) {
            T.showErrors(form, null, error, null);
        }
    }

    function done() {
        window.location.reload();
    }

    function answers(root) {
        T.each(root.querySelectorAll('[data-survey-form]'), function (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                T.clearErrors(root);
                var items = [];
                var scores = [];
                T.each(form.querySelectorAll('[data-survey-item]'), function (item) {
                    var chosen = item.querySelector('input[type="radio"]:checked');
                    if (chosen) {
                        items.push(item.getAttribute('data-survey-item'));
                        scores.push(parseInt(chosen.value, 10));
                    }
                });
                var reason = form.querySelector('input[name="reason"]:checked');
                T.send('POST', '/surveys/answers', {
                    survey: form.getAttribute('data-survey-key'),
                    items: items,
                    scores: scores,
                    reason: reason ? reason.value : null,
                    text: form.elements.text.value
                }).then(done, function (error) {
                    failed(root, form, error);
                });
            });
        });
    }

    function statements(root) {
        var section = root.querySelector('[data-survey-statements]');
        var form = section && section.querySelector('[data-survey-statements-form]');
        if (!form) {
            return;
        }
        var path = '/surveys/programmes/' + section.getAttribute('data-programme-id') + '/statements';
        function save(texts) {
            T.clearErrors(root);
            T.send('PUT', path, {statements: texts}).then(done, function (error) {
                failed(root, form, error);
            });
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var texts = [];
            T.each(form.querySelectorAll('input[name="statement"]'), function (input) {
                if (input.value.trim() !== '') {
                    texts.push(input.value);
                }
            });
            save(texts);
        });
        var add = form.querySelector('[data-survey-statement-add]');
        add.addEventListener('click', function () {
            var list = form.querySelector('[data-survey-statement-list]');
            var number = list.children.length + 1;
            var item = document.createElement('div');
            item.className = 'field-group';
            var label = document.createElement('label');
            label.setAttribute('for', 'tandem-survey-statement-' + number);
            label.textContent = add.getAttribute('data-label');
            var input = document.createElement('input');
            input.className = 'text long-field';
            input.id = 'tandem-survey-statement-' + number;
            input.name = 'statement';
            input.maxLength = 300;
            item.appendChild(label);
            item.appendChild(input);
            list.appendChild(item);
            input.focus();
        });
        var defaults = form.querySelector('[data-survey-statements-defaults]');
        if (defaults) {
            defaults.addEventListener('click', function () {
                save([]);
            });
        }
    }

    T.ready(function () {
        T.each(document.querySelectorAll('[data-tandem-survey]'), function (root) {
            answers(root);
            statements(root);
        });
    });
}());
