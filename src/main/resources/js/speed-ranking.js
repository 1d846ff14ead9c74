/*
 * Speed-mentoring rankings: each participant orders the people they met (drag, or the Move up and Move down
 * buttons, announced in a live region) and marks who they would not pair with; coordinators see who has ranked,
 * remind the rest and match from the rankings. All through window.Tandem; server text is set with textContent.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function text(root, name, values) {
        return T.format(root.getAttribute('data-' + name + '-text'), values || []);
    }

    function ranking(root, section) {
        var programme = root.getAttribute('data-programme');
        var eventId = section.getAttribute('data-ranking-event');
        var path = '/programmes/' + programme + '/speed-events/' + eventId + '/ranking';
        var list = section.querySelector('[data-ranking-list]');
        var announce = section.querySelector('[data-ranking-announce]');
        var saved = section.querySelector('[data-ranking-saved]');
        var message = section.querySelector('[data-ranking-message]');
        var save = section.querySelector('[data-ranking-save]');
        var version = 0;
        var open = false;
        var dragged = null;

        function items() {
            return Array.prototype.slice.call(list.children);
        }

        function renumber() {
            items().forEach(function (item, index) {
                item.querySelector('[data-move="up"]').disabled = !open || index === 0;
                item.querySelector('[data-move="down"]').disabled = !open || index === items().length - 1;
            });
        }

        function moved(item, focus) {
            renumber();
            announce.textContent = text(root, 'moved', [item.getAttribute('data-name'), items().indexOf(item) + 1]);
            saved.textContent = '';
            var next = focus && !focus.disabled ? focus : item.querySelector('[data-move]:not([disabled])');
            if (next) {
                next.focus();
            }
        }

        function row(person) {
            var item = T.element('li', {className: 'tandem-ranking-item', draggable: open ? 'true' : null,
                'data-key': person.key, 'data-name': person.name});
            item.appendChild(T.element('span', {className: 'tandem-ranking-name'}, person.name));
            var up = T.element('button', {className: 'aui-button aui-button-subtle', type: 'button',
                'data-move': 'up', 'aria-label': text(root, 'up', [person.name]), disabled: !open}, '\u2191');
            var down = T.element('button', {className: 'aui-button aui-button-subtle', type: 'button',
                'data-move': 'down', 'aria-label': text(root, 'down', [person.name]), disabled: !open}, '\u2193');
            var id = 'tandem-not-paired-' + eventId + '-' + items().length;
            var box = T.element('input', {type: 'checkbox', className: 'checkbox', id: id, 'data-not-paired': '',
                disabled: !open});
            box.checked = person.notPaired;
            var label = T.element('label', {'for': id}, text(root, 'not-paired', [person.name]));
            up.addEventListener('click', function () {
                if (item.previousElementSibling) {
                    list.insertBefore(item, item.previousElementSibling);
                    moved(item, up);
                }
            });
            down.addEventListener('click', function () {
                if (item.nextElementSibling) {
                    list.insertBefore(item.nextElementSibling, item);
                    moved(item, down);
                }
            });
            item.addEventListener('dragstart', function (event) {
                dragged = item;
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', person.key);
            });
            item.addEventListener('dragover', function (event) {
                if (dragged && dragged !== item) {
                    event.preventDefault();
                }
            });
            item.addEventListener('drop', function (event) {
                event.preventDefault();
                if (dragged && dragged !== item) {
                    var before = items().indexOf(dragged) > items().indexOf(item) ? item : item.nextSibling;
                    list.insertBefore(dragged, before);
                    moved(dragged, null);
                }
                dragged = null;
            });
            var controls = T.element('span', {className: 'tandem-ranking-controls'});
            controls.appendChild(up);
            controls.appendChild(down);
            var mark = T.element('span', {className: 'tandem-ranking-mark'});
            mark.appendChild(box);
            mark.appendChild(label);
            item.appendChild(controls);
            item.appendChild(mark);
            return item;
        }

        function show(answer) {
            version = answer.version;
            open = answer.open;
            list.textContent = '';
            answer.people.forEach(function (person) {
                list.appendChild(row(person));
            });
            renumber();
            T.setHidden(save, !answer.open);
            if (!answer.open) {
                T.showMessage(message, text(root, 'early'));
                message.className = 'aui-message aui-message-info';
            }
        }

        T.send('GET', path).then(show, function (error) {
            T.showErrors(section, message, error, text(root, 'load-failed'));
        });

        save.addEventListener('click', function () {
            T.clearErrors(section, message);
            saved.textContent = '';
            var ranked = items().map(function (item) {
                return item.getAttribute('data-key');
            });
            var notPaired = items().filter(function (item) {
                return item.querySelector('[data-not-paired]').checked;
            }).map(function (item) {
                return item.getAttribute('data-key');
            });
            T.send('PUT', path, {ranked: ranked, notPaired: notPaired, version: version}).then(function (answer) {
                show(answer);
                saved.textContent = text(root, 'saved');
            }, function (error) {
                T.showErrors(section, message, error, text(root, 'failed'));
            });
        });
    }

    function status(root, section) {
        var programme = root.getAttribute('data-programme');
        var eventId = section.getAttribute('data-ranking-status-event');
        var base = '/programmes/' + programme + '/speed-events/' + eventId;
        var message = section.querySelector('[data-status-message]');
        var rows = section.querySelector('[data-status-rows]');
        var form = section.querySelector('[data-ranking-match]');

        function load() {
            T.send('GET', base + '/rankings-status').then(function (answer) {
                section.querySelector('[data-status-summary]').textContent =
                    text(root, 'summary', [answer.ranked, answer.total]);
                rows.textContent = '';
                answer.people.forEach(function (person) {
                    var tr = T.element('tr', {'data-status-key': person.key});
                    tr.appendChild(T.element('td', {}, person.name));
                    tr.appendChild(T.element('td', {}, text(root, person.ranked ? 'ranked' : 'waiting')));
                    rows.appendChild(tr);
                });
            }, function (error) {
                T.showErrors(section, message, error, text(root, 'load-failed'));
            });
        }

        section.querySelector('[data-ranking-remind]').addEventListener('click', function () {
            T.clearErrors(section, message);
            T.send('POST', base + '/remind', {}).then(function (answer) {
                section.querySelector('[data-remind-result]').textContent = text(root, 'reminded', [answer.reminded]);
            }, function (error) {
                T.showErrors(section, message, error, text(root, 'failed'));
            });
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            T.clearErrors(section, message);
            var method = form.querySelector('input[name="method"]:checked').value;
            T.send('POST', '/programmes/' + programme + '/pairings/run',
                {source: 'rankings', eventId: Number(eventId), method: method}).then(function (answer) {
                form.querySelector('[data-match-result]').textContent = text(root, 'done', [answer.staged.length]);
            }, function (error) {
                T.showErrors(section, message, error, text(root, 'failed'));
            });
        });
        load();
    }

    T.ready(function () {
        T.each(document.querySelectorAll('[data-tandem-speed-ranking]'), function (root) {
            T.each(root.querySelectorAll('[data-ranking-event]'), function (section) {
                ranking(root, section);
            });
            T.each(root.querySelectorAll('[data-ranking-status-event]'), function (section) {
                status(root, section);
            });
        });
    });
}());
