/*
 * Tandem administration: the org chart import. Reads the chosen CSV file, sends it to
 * /rest/tandem/1.0/orgchart/{preview|import}?mode=... as text/csv, and shows the report by line or the counts.
 * Every text comes from data-text-* attributes the page renders through i18n; nothing is written as HTML.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function text(form, name, value) {
        var template = form.getAttribute('data-text-' + name) || '';
        return value === undefined ? template : T.format(template, [value]);
    }

    function message(kind, content) {
        var box = T.element('div', {className: 'aui-message aui-message-' + kind,
            role: kind === 'error' ? 'alert' : 'status'});
        box.appendChild(T.element('p', null, content));
        return box;
    }

    function problemTable(form, caption, problems, className) {
        var table = T.element('table', {className: 'aui ' + className});
        table.appendChild(T.element('caption', null, caption));
        var head = T.element('thead');
        var headRow = T.element('tr');
        ['line', 'column', 'problem', 'value'].forEach(function (name) {
            headRow.appendChild(T.element('th', {scope: 'col'}, text(form, name)));
        });
        head.appendChild(headRow);
        table.appendChild(head);
        var body = T.element('tbody');
        problems.forEach(function (problem) {
            var row = T.element('tr', {'data-code': problem.code});
            row.appendChild(T.element('td', {className: 'tandem-line'}, problem.line));
            row.appendChild(T.element('td', {className: 'tandem-column'}, problem.column || ''));
            row.appendChild(T.element('td', {className: 'tandem-problem'}, problem.message));
            row.appendChild(T.element('td', {className: 'tandem-value'}, problem.value || ''));
            body.appendChild(row);
        });
        table.appendChild(body);
        return table;
    }

    function countList(form, counts) {
        var list = T.element('dl', {className: 'tandem-orgchart-counts'});
        ['inserted', 'updated', 'unchanged', 'deleted'].forEach(function (name) {
            var pair = T.element('div', {className: 'tandem-count-' + name});
            pair.appendChild(T.element('dt', null, text(form, name)));
            pair.appendChild(T.element('dd', null, counts[name]));
            list.appendChild(pair);
        });
        return list;
    }

    function showReport(form, result, action, json) {
        if (json.file) {
            drawMapping(form, json.file);
        }
        var errors = json.errors || [];
        var warnings = json.warnings || [];
        var counts = action === 'import' ? json.counts : json.changes;
        if (counts) {
            result.appendChild(message('success', text(form, action === 'import' ? 'imported' : 'preview-ok')));
            result.appendChild(countList(form, counts));
        } else {
            result.appendChild(message('error', text(form, action === 'import' ? 'rejected' : 'preview-errors')));
        }
        if (action === 'preview' && json.confirmRemovals !== null && json.confirmRemovals !== undefined) {
            var warning = message('warning', text(form, 'removals-confirm', json.confirmRemovals));
            warning.id = 'tandem-orgchart-removals';
            result.appendChild(warning);
        }
        result.appendChild(T.element('p', {className: 'tandem-orgchart-rows'}, text(form, 'rows', json.rows)));
        if (errors.length) {
            result.appendChild(problemTable(form, text(form, 'errors'), errors, 'tandem-orgchart-errors'));
        }
        if (warnings.length) {
            result.appendChild(problemTable(form, text(form, 'warnings'), warnings, 'tandem-orgchart-warnings'));
        }
    }

    function busy(form, on) {
        var progress = document.getElementById('tandem-orgchart-progress');
        if (progress) {
            progress.hidden = !on;
        }
        form.setAttribute('aria-busy', on ? 'true' : 'false');
        T.each(form.querySelectorAll('button, input'), function (control) {
            control.disabled = on;
        });
    }

    function readFile(file) {
        if (file.arrayBuffer) {
            return file.arrayBuffer();
        }
        return new Promise(function (resolve, reject) {
            var reader = new FileReader();
            reader.onload = function () { resolve(reader.result); };
            reader.onerror = function () { reject(reader.error); };
            reader.readAsArrayBuffer(file);
        });
    }

    /**
     * The mapping step as query parameters: col.<column>=<header cell> for each choice, word/number pairs for the
     * level words. Empty before the first preview of a file: the server then uses the remembered mapping.
     */
    function mappingQuery() {
        var panel = document.getElementById('tandem-orgchart-mapping');
        var query = '';
        T.each(panel.querySelectorAll('select[data-column]'), function (select) {
            query += '&col.' + encodeURIComponent(select.getAttribute('data-column')) + '='
                + encodeURIComponent(select.value);
        });
        T.each(panel.querySelectorAll('input[data-word]'), function (input) {
            query += '&word=' + encodeURIComponent(input.getAttribute('data-word'))
                + '&number=' + encodeURIComponent(input.value);
        });
        return query;
    }

    function post(form, action, bytes, mode, removals) {
        // text/csv alone keeps cross-site forms out (see OrgChartResource); the token header says the same
        // to hosts that check every non-JSON body.
        return T.request('POST', form.getAttribute('data-url') + '/' + action + '?mode='
            + encodeURIComponent(mode) + (removals === undefined ? '' : '&confirmRemovals=' + removals)
            + mappingQuery(), bytes, 'text/csv; charset=UTF-8');
    }

    /** The file's header and first lines, a choice of header cell per column, and the level words. */
    function drawMapping(form, file) {
        var panel = document.getElementById('tandem-orgchart-mapping');
        panel.textContent = '';
        if (!file || !file.header || !file.header.length) {
            return;
        }
        panel.appendChild(T.element('h4', null, text(form, 'map-heading')));
        panel.appendChild(T.element('p', {className: 'description'}, text(form, 'map-help')));
        var sample = T.element('table', {className: 'aui tandem-orgchart-sample'});
        sample.appendChild(T.element('caption', null, text(form, 'map-sample')));
        var head = T.element('tr');
        file.header.forEach(function (cell) {
            head.appendChild(T.element('th', null, cell));
        });
        var thead = T.element('thead');
        thead.appendChild(head);
        sample.appendChild(thead);
        var body = T.element('tbody');
        file.sample.forEach(function (values) {
            var row = T.element('tr');
            file.header.forEach(function (cell, i) {
                row.appendChild(T.element('td', null, values[i] === undefined ? '' : values[i]));
            });
            body.appendChild(row);
        });
        sample.appendChild(body);
        panel.appendChild(sample);
        var choices = T.element('form', {className: 'aui tandem-orgchart-choices'});
        choices.addEventListener('submit', function (event) { event.preventDefault(); });
        file.columns.forEach(function (column) {
            var group = T.element('div', {className: 'field-group'});
            var id = 'tandem-orgchart-map-' + column.name;
            group.appendChild(T.element('label', {'for': id}, text(form, 'map-column-' + column.name)));
            var select = T.element('select', {className: 'select', id: id, 'data-column': column.name});
            select.appendChild(T.element('option', {value: ''}, text(form, 'map-none')));
            file.header.forEach(function (cell) {
                if (cell) {
                    var option = T.element('option', {value: cell}, cell);
                    option.selected = file.mapped[column.name] === cell;
                    select.appendChild(option);
                }
            });
            group.appendChild(select);
            choices.appendChild(group);
        });
        panel.appendChild(choices);
        if (file.unused.length) {
            panel.appendChild(T.element('p', {className: 'tandem-orgchart-unused'},
                text(form, 'map-unused', file.unused.join(', '))));
        }
        if (file.levelWords.length) {
            var levels = T.element('form', {className: 'aui tandem-orgchart-levels'});
            levels.addEventListener('submit', function (event) { event.preventDefault(); });
            levels.appendChild(T.element('h5', null, text(form, 'map-levels')));
            levels.appendChild(T.element('p', {className: 'description'}, text(form, 'map-levels-help')));
            file.levelWords.forEach(function (pair, i) {
                var group = T.element('div', {className: 'field-group'});
                var id = 'tandem-orgchart-level-' + i;
                group.appendChild(T.element('label', {'for': id}, pair.word));
                var input = T.element('input', {className: 'text short-field', type: 'number', min: '1', max: '20',
                    id: id, 'data-word': pair.word});
                input.value = pair.level === null || pair.level === undefined ? '' : String(pair.level);
                group.appendChild(input);
                levels.appendChild(group);
            });
            panel.appendChild(levels);
        }
    }

    function upload(form, result, action, file, mode, removals) {
        busy(form, true);
        readFile(file).then(function (bytes) {
            return post(form, action, bytes, mode, removals);
        }).then(function (json) {
            showReport(form, result, action, json || {});
        }, function (error) {
            error = error || {};
            if (error.status === 400 && error.errors) {
                showReport(form, result, action, error);
            } else if (error.status === 401) {
                result.appendChild(message('error', text(form, 'websudo')));
            } else if (error.status === 413) {
                result.appendChild(message('error', error.message || text(form, 'too-large')));
            } else {
                result.appendChild(message('error', error.message || text(form, 'failed')));
            }
        }).then(function () {
            busy(form, false);
        });
    }

    function send(form, action, button) {
        var result = document.getElementById('tandem-orgchart-result');
        result.textContent = '';
        var file = form.querySelector('input[type=file]').files[0];
        if (!file) {
            result.appendChild(message('warning', text(form, 'no-file')));
            return;
        }
        if (file.size > Number(form.getAttribute('data-max-bytes'))) {
            result.appendChild(message('error', text(form, 'too-large')));
            return;
        }
        var checked = form.querySelector('input[name=mode]:checked');
        var mode = checked ? checked.value : 'UPDATE';
        if (action !== 'import' || mode !== 'REPLACE') {
            upload(form, result, action, file, mode);
            return;
        }
        replace(form, result, file, button);
    }

    /**
     * A replacement: previews the file first, so that the dialog states how many people leave the chart, and
     * sends that number as the confirmation the server asks for when it is more than a tenth of the chart.
     */
    function replace(form, result, file, button) {
        busy(form, true);
        readFile(file).then(function (bytes) {
            return post(form, 'preview', bytes, 'REPLACE');
        }).then(function (json) {
            busy(form, false);
            json = json || {};
            if (!json.changes) {
                showReport(form, result, 'preview', json);
                return;
            }
            var removals = json.confirmRemovals === null || json.confirmRemovals === undefined
                ? undefined : json.confirmRemovals;
            T.ask({
                title: text(form, 'replace-title'),
                text: text(form, 'replace-removals', json.changes.deleted),
                confirm: text(form, 'replace-button'),
                cancel: text(form, 'cancel'),
                danger: true,
                opener: button
            }).then(function (answer) {
                if (answer) {
                    upload(form, result, 'import', file, 'REPLACE', removals);
                }
            });
        }, function (error) {
            busy(form, false);
            error = error || {};
            result.appendChild(message('error', error.status === 401 ? text(form, 'websudo')
                : error.message || text(form, 'failed')));
        });
    }

    T.ready(function () {
        var form = document.getElementById('tandem-orgchart-import');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        form.querySelector('input[type=file]').addEventListener('change', function () {
            document.getElementById('tandem-orgchart-mapping').textContent = '';
        });
        T.each(form.querySelectorAll('button[data-action]'), function (button) {
            button.addEventListener('click', function (event) {
                event.preventDefault();
                send(form, button.getAttribute('data-action'), button);
            });
        });
    });
}());

/*
 * Tandem administration: the default learning-theme taxonomy. Lists the themes by category from
 * /rest/tandem/1.0/themes/default and adds (POST), renames (PUT with the version read) and removes (DELETE) them as
 * JSON; after every change the list is drawn again and a flag says it was saved. Texts come from data-text-*
 * attributes; names only through textContent.
 */
(function () {
    'use strict';

    var T = window.Tandem;
    var NEW_CATEGORY = '\u0000new';

    function say(root, name) {
        return root.getAttribute('data-text-' + name) || '';
    }

    function node(tag, className, content) {
        return T.element(tag, {className: className}, content);
    }

    /** A JSON request to the taxonomy's URL (data-url) with an optional suffix. */
    function call(root, method, suffix, body) {
        return T.request(method, root.getAttribute('data-url') + suffix,
            body === undefined ? undefined : JSON.stringify(body), 'application/json');
    }

    function showMessage(root, kind, content) {
        var box = document.getElementById('tandem-themes-message');
        box.textContent = '';
        if (content) {
            var message = T.element('div', {className: 'aui-message aui-message-' + kind,
                role: kind === 'error' ? 'alert' : 'status'});
            message.appendChild(T.element('p', null, content));
            box.appendChild(message);
        }
    }

    function saved(root) {
        showMessage(root, null, '');
        T.flag('success', say(root, 'saved'));
        load(root);
    }

    /** What went wrong: field errors next to their fields in form when it has them, otherwise a message. */
    function refused(root, form, error) {
        if (form && error.status === 400 && T.showErrors(form, null, error) > 0) {
            return;
        }
        if (error.status === 401) {
            showMessage(root, 'error', say(root, 'websudo'));
        } else {
            showMessage(root, 'error', error.message || say(root, 'failed'));
        }
    }

    function themeRow(root, theme) {
        var item = node('li', 'tandem-theme');
        item.setAttribute('data-id', theme.id);
        var name = node('span', 'tandem-theme-name', theme.name);
        var rename = T.element('button', {type: 'button',
            className: 'aui-button aui-button-link tandem-theme-rename'}, say(root, 'rename'));
        var remove = T.element('button', {type: 'button',
            className: 'aui-button aui-button-link tandem-theme-remove'}, say(root, 'remove'));
        item.appendChild(name);
        item.appendChild(rename);
        item.appendChild(remove);

        rename.addEventListener('click', function () {
            var form = node('form', 'aui tandem-theme-rename-form');
            var input = T.element('input', {type: 'text', className: 'text medium-long-field', maxlength: 255,
                'aria-label': say(root, 'name')});
            input.value = theme.name;
            var save = T.element('button', {type: 'submit', className: 'aui-button'}, say(root, 'save'));
            var cancel = T.element('button', {type: 'button', className: 'aui-button aui-button-link'},
                say(root, 'cancel'));
            var error = T.element('div', {className: 'error', 'data-field': 'name'});
            form.appendChild(input);
            form.appendChild(save);
            form.appendChild(cancel);
            form.appendChild(error);
            item.replaceChild(form, name);
            rename.hidden = true;
            input.focus();
            cancel.addEventListener('click', function () {
                item.replaceChild(name, form);
                rename.hidden = false;
                rename.focus();
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                T.clearErrors(form);
                call(root, 'PUT', '/' + theme.id, {version: theme.version, name: input.value})
                    .then(function () {
                        saved(root);
                    }, function (answer) {
                        refused(root, form, answer);
                    });
            });
        });

        remove.addEventListener('click', function () {
            T.ask({
                title: say(root, 'remove-title'),
                text: say(root, 'remove-confirm'),
                confirm: say(root, 'remove'),
                cancel: say(root, 'cancel'),
                danger: true,
                opener: remove
            }).then(function (answer) {
                if (!answer) {
                    return;
                }
                call(root, 'DELETE', '/' + theme.id).then(function () {
                    saved(root);
                }, function (error) {
                    refused(root, null, error);
                });
            });
        });
        return item;
    }

    function draw(root, categories) {
        var list = document.getElementById('tandem-themes-list');
        list.textContent = '';
        if (!categories.length) {
            list.appendChild(node('p', null, say(root, 'empty')));
        }
        categories.forEach(function (category) {
            var section = T.element('section', {className: 'tandem-theme-category',
                'data-category': category.code});
            section.appendChild(node('h3', null, category.label));
            var items = node('ul', 'tandem-theme-list');
            category.themes.forEach(function (theme) {
                items.appendChild(themeRow(root, theme));
            });
            section.appendChild(items);
            list.appendChild(section);
        });
        var select = document.getElementById('tandem-theme-category');
        var chosen = root.getAttribute('data-chosen') || select.value;
        root.removeAttribute('data-chosen');
        select.textContent = '';
        categories.forEach(function (category) {
            var option = node('option', null, category.label);
            option.value = category.code;
            select.appendChild(option);
        });
        var other = node('option', null, say(root, 'new-category'));
        other.value = NEW_CATEGORY;
        select.appendChild(other);
        if (chosen) {
            select.value = chosen;
        }
        if (!select.value) {
            select.selectedIndex = 0;
        }
        toggleNewCategory();
    }

    function toggleNewCategory() {
        var select = document.getElementById('tandem-theme-category');
        document.getElementById('tandem-theme-new-category-group').hidden = select.value !== NEW_CATEGORY;
    }

    function load(root) {
        call(root, 'GET', '').then(function (json) {
            draw(root, (json && json.categories) || []);
        }, function (error) {
            refused(root, null, error);
        });
    }

    T.ready(function () {
        var root = document.getElementById('tandem-themes');
        if (!root) {
            return;
        }
        var form = document.getElementById('tandem-theme-add');
        document.getElementById('tandem-theme-category').addEventListener('change', toggleNewCategory);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            T.clearErrors(form);
            var select = document.getElementById('tandem-theme-category');
            var category = select.value === NEW_CATEGORY
                ? document.getElementById('tandem-theme-new-category').value : select.value;
            var nameInput = document.getElementById('tandem-theme-name');
            call(root, 'POST', '', {category: category, name: nameInput.value}).then(function (json) {
                nameInput.value = '';
                document.getElementById('tandem-theme-new-category').value = '';
                root.setAttribute('data-chosen', json.category);
                saved(root);
            }, function (error) {
                refused(root, form, error);
            });
        });
        load(root);
    });
}());

/*
 * Tandem administration: looking at the org chart (a person, their managers up to the top and their reports, from
 * /rest/tandem/1.0/orgchart/view/person), the nightly file's settings (/orgchart/nightly, JSON) and the kept
 * reports of the last imports (/orgchart/nightly/reports/{id}). Texts from data-text-*; values through textContent.
 */
(function () {
    'use strict';

    var T = window.Tandem;

    function say(root, name, value) {
        var template = root.getAttribute('data-text-' + name) || '';
        return value === undefined ? template : template.replace('{0}', String(value));
    }

    function box(kind, content) {
        var message = T.element('div', {className: 'aui-message aui-message-' + kind,
            role: kind === 'error' ? 'alert' : 'status'});
        message.appendChild(T.element('p', null, content));
        return message;
    }

    function failure(root, error) {
        return box('error', error.status === 401 ? say(root, 'websudo') : error.message || say(root, 'failed'));
    }

    function personText(root, person) {
        var parts = [person.name + ' (' + person.userKey + ')'];
        if (person.department) {
            parts.push(person.department);
        }
        if (person.level !== null && person.level !== undefined) {
            parts.push(say(root, 'level', person.level));
        }
        return parts.join(' \u00b7 ');
    }

    function list(root, tag, people, className) {
        var items = T.element(tag, {className: className});
        people.forEach(function (person) {
            items.appendChild(T.element('li', null, personText(root, person)));
        });
        if (!people.length) {
            items.appendChild(T.element('li', null, say(root, 'none')));
        }
        return items;
    }

    function showPlace(root, out, json) {
        out.textContent = '';
        out.appendChild(T.element('h4', {className: 'tandem-orgchart-person'}, personText(root, json.person)));
        out.appendChild(T.element('h5', null, say(root, 'managers')));
        if (json.managers.length) {
            out.appendChild(list(root, 'ol', json.managers.slice().reverse(), 'tandem-orgchart-managers'));
        } else {
            out.appendChild(T.element('p', {className: 'tandem-orgchart-managers'}, say(root, 'top')));
        }
        out.appendChild(T.element('h5', null, say(root, 'reports')));
        out.appendChild(list(root, 'ul', json.reports, 'tandem-orgchart-reports'));
    }

    function lookup(root) {
        var out = document.getElementById('tandem-orgchart-place');
        root.addEventListener('submit', function (event) {
            event.preventDefault();
            T.clearErrors(root);
            out.textContent = '';
            var q = root.querySelector('input[name=q]').value;
            T.request('GET', root.getAttribute('data-url') + '?q=' + encodeURIComponent(q)).then(function (json) {
                showPlace(root, out, json);
            }, function (error) {
                error = error || {};
                if (!(error.status === 400 && T.showErrors(root, null, error) > 0)) {
                    out.appendChild(failure(root, error));
                }
            });
        });
    }

    function nightly(root) {
        var message = document.getElementById('tandem-orgchart-nightly-message');
        var url = root.getAttribute('data-url');
        function fill(json) {
            root.querySelector('input[name=fileName]').value = json.fileName || '';
            root.querySelector('select[name=mode]').value = json.mode;
            root.querySelector('input[name=maxRemovals]').value = String(json.maxRemovals);
            document.getElementById('tandem-orgchart-nightly-folder').textContent = say(root, 'folder', json.folder);
        }
        function refused(error) {
            error = error || {};
            if (!(error.status === 400 && T.showErrors(root, null, error) > 0)) {
                message.appendChild(failure(root, error));
            }
        }
        T.request('GET', url).then(fill, refused);
        root.addEventListener('submit', function (event) {
            event.preventDefault();
            T.clearErrors(root);
            message.textContent = '';
            var body = {
                fileName: root.querySelector('input[name=fileName]').value,
                mode: root.querySelector('select[name=mode]').value,
                maxRemovals: root.querySelector('input[name=maxRemovals]').value
            };
            T.request('PUT', url, JSON.stringify(body), 'application/json').then(function (json) {
                fill(json);
                T.flag('success', say(root, 'saved'));
            }, refused);
        });
        document.getElementById('tandem-orgchart-nightly-run').addEventListener('click', function () {
            message.textContent = '';
            T.request('POST', url + '/run', JSON.stringify({confirm: true}), 'application/json').then(function (json) {
                message.appendChild(box('info', json.summary));
            }, refused);
        });
    }

    function keptReports(root) {
        var out = document.getElementById('tandem-orgchart-kept');
        var form = document.getElementById('tandem-orgchart-import');
        T.each(document.querySelectorAll('.tandem-orgchart-report'), function (button) {
            button.addEventListener('click', function () {
                out.textContent = '';
                T.request('GET', root.getAttribute('data-url') + '/reports/' + button.getAttribute('data-id'))
                    .then(function (json) {
                        var problems = json.errors.concat(json.warnings);
                        var table = T.element('table', {className: 'aui tandem-orgchart-kept-report'});
                        var head = T.element('tr');
                        ['line', 'column', 'problem', 'value'].forEach(function (name) {
                            head.appendChild(T.element('th', null, form.getAttribute('data-text-' + name)));
                        });
                        table.appendChild(head);
                        problems.forEach(function (problem) {
                            var row = T.element('tr', {'data-code': problem.code});
                            row.appendChild(T.element('td', null, problem.line));
                            row.appendChild(T.element('td', null, problem.column || ''));
                            row.appendChild(T.element('td', null, problem.message));
                            row.appendChild(T.element('td', null, problem.value || ''));
                            table.appendChild(row);
                        });
                        out.appendChild(table);
                    }, function (error) {
                        out.appendChild(failure(root, error || {}));
                    });
            });
        });
    }

    T.ready(function () {
        var find = document.getElementById('tandem-orgchart-lookup');
        if (find) {
            lookup(find);
        }
        var settings = document.getElementById('tandem-orgchart-nightly');
        if (settings) {
            nightly(settings);
            keptReports(settings);
        }
    });
}());
