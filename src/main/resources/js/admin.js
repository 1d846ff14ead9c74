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

    function post(form, action, bytes, mode, removals) {
        // text/csv alone keeps cross-site forms out (see OrgChartResource); the token header says the same
        // to hosts that check every non-JSON body.
        return T.request('POST', form.getAttribute('data-url') + '/' + action + '?mode='
            + encodeURIComponent(mode) + (removals === undefined ? '' : '&confirmRemovals=' + removals),
            bytes, 'text/csv; charset=UTF-8');
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
