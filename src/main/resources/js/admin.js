/*
 * Tandem administration: the org chart import. Reads the chosen CSV file, sends it to
 * /rest/tandem/1.0/orgchart/{preview|import}?mode=... as text/csv, and shows the report by line or the counts.
 * Every text comes from data-text-* attributes the page renders through i18n; nothing is written as HTML.
 */
(function () {
    'use strict';

    function text(form, name, value) {
        var template = form.getAttribute('data-text-' + name) || '';
        return value === undefined ? template : template.replace('{0}', String(value));
    }

    function element(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined && content !== null) {
            node.textContent = String(content);
        }
        return node;
    }

    function message(kind, content) {
        var box = element('div', 'aui-message aui-message-' + kind);
        box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
        box.appendChild(element('p', null, content));
        return box;
    }

    function problemTable(form, caption, problems, className) {
        var table = element('table', 'aui ' + className);
        table.appendChild(element('caption', null, caption));
        var head = element('thead');
        var headRow = element('tr');
        ['line', 'column', 'problem', 'value'].forEach(function (name) {
            headRow.appendChild(element('th', null, text(form, name)));
        });
        head.appendChild(headRow);
        table.appendChild(head);
        var body = element('tbody');
        problems.forEach(function (problem) {
            var row = element('tr');
            row.setAttribute('data-code', problem.code);
            row.appendChild(element('td', 'tandem-line', problem.line));
            row.appendChild(element('td', 'tandem-column', problem.column || ''));
            row.appendChild(element('td', 'tandem-problem', problem.message));
            row.appendChild(element('td', 'tandem-value', problem.value || ''));
            body.appendChild(row);
        });
        table.appendChild(body);
        return table;
    }

    function countList(form, counts) {
        var list = element('dl', 'tandem-orgchart-counts');
        ['inserted', 'updated', 'unchanged', 'deleted'].forEach(function (name) {
            var pair = element('div', 'tandem-count-' + name);
            pair.appendChild(element('dt', null, text(form, name)));
            pair.appendChild(element('dd', null, counts[name]));
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
        result.appendChild(element('p', 'tandem-orgchart-rows', text(form, 'rows', json.rows)));
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
        Array.prototype.forEach.call(form.querySelectorAll('button, input'), function (control) {
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

    function send(form, action) {
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
        if (action === 'import' && mode === 'REPLACE' && !window.confirm(text(form, 'replace-confirm'))) {
            return;
        }
        busy(form, true);
        readFile(file).then(function (bytes) {
            return fetch(form.getAttribute('data-url') + '/' + action + '?mode=' + encodeURIComponent(mode), {
                method: 'POST',
                credentials: 'same-origin',
                // text/csv alone keeps cross-site forms out (see OrgChartResource); the token header says the same
                // to hosts that check every non-JSON body.
                headers: {'Content-Type': 'text/csv; charset=UTF-8', 'Accept': 'application/json',
                    'X-Atlassian-Token': 'no-check'},
                body: bytes
            });
        }).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                return {status: response.status, json: json};
            });
        }).then(function (answer) {
            if (answer.status === 200 || (answer.status === 400 && answer.json.errors)) {
                showReport(form, result, action, answer.json);
            } else if (answer.status === 401) {
                result.appendChild(message('error', text(form, 'websudo')));
            } else if (answer.status === 413) {
                result.appendChild(message('error', answer.json.message || text(form, 'too-large')));
            } else {
                result.appendChild(message('error', answer.json.message || text(form, 'failed')));
            }
        }).catch(function () {
            result.appendChild(message('error', text(form, 'failed')));
        }).then(function () {
            busy(form, false);
        });
    }

    function init() {
        var form = document.getElementById('tandem-orgchart-import');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        Array.prototype.forEach.call(form.querySelectorAll('button[data-action]'), function (button) {
            button.addEventListener('click', function (event) {
                event.preventDefault();
                send(form, button.getAttribute('data-action'));
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());

/*
 * Tandem administration: the default learning-theme taxonomy. Lists the themes by category from
 * /rest/tandem/1.0/themes/default and adds (POST), renames (PUT with the version read) and removes (DELETE) them as
 * JSON; after every change the list is drawn again. Texts come from data-text-* attributes; names only through
 * textContent.
 */
(function () {
    'use strict';

    var NEW_CATEGORY = '\u0000new';

    function say(root, name) {
        return root.getAttribute('data-text-' + name) || '';
    }

    function node(tag, className, content) {
        var element = document.createElement(tag);
        if (className) {
            element.className = className;
        }
        if (content !== undefined && content !== null) {
            element.textContent = String(content);
        }
        return element;
    }

    function call(url, method, body) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(body);
        }
        return fetch(url, options).then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (json) {
                return {status: response.status, json: json};
            });
        });
    }

    function showMessage(root, kind, content) {
        var box = document.getElementById('tandem-themes-message');
        box.textContent = '';
        if (content) {
            var message = node('div', 'aui-message aui-message-' + kind);
            message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
            message.appendChild(node('p', null, content));
            box.appendChild(message);
        }
    }

    function refusal(root, answer) {
        if (answer.status === 401) {
            return say(root, 'websudo');
        }
        return (answer.json && answer.json.message) || say(root, 'failed');
    }

    function clearFieldErrors(container) {
        Array.prototype.forEach.call(container.querySelectorAll('[data-field]'), function (slot) {
            slot.textContent = '';
        });
    }

    function showFieldErrors(container, json) {
        var errors = (json && json.fieldErrors) || {};
        Object.keys(errors).forEach(function (field) {
            var slot = container.querySelector('[data-field="' + field + '"]');
            if (slot) {
                slot.textContent = errors[field].message;
            }
        });
        return Object.keys(errors).length > 0;
    }

    function themeRow(root, theme) {
        var item = node('li', 'tandem-theme');
        item.setAttribute('data-id', theme.id);
        var name = node('span', 'tandem-theme-name', theme.name);
        var rename = node('button', 'aui-button aui-button-link tandem-theme-rename', say(root, 'rename'));
        rename.type = 'button';
        var remove = node('button', 'aui-button aui-button-link tandem-theme-remove', say(root, 'remove'));
        remove.type = 'button';
        item.appendChild(name);
        item.appendChild(rename);
        item.appendChild(remove);

        rename.addEventListener('click', function () {
            var form = node('form', 'aui tandem-theme-rename-form');
            var input = node('input', 'text medium-long-field');
            input.type = 'text';
            input.value = theme.name;
            input.maxLength = 255;
            input.setAttribute('aria-label', say(root, 'name'));
            var save = node('button', 'aui-button', say(root, 'save'));
            save.type = 'submit';
            var cancel = node('button', 'aui-button aui-button-link', say(root, 'cancel'));
            cancel.type = 'button';
            var error = node('div', 'error');
            error.setAttribute('data-field', 'name');
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
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                clearFieldErrors(form);
                call(root.getAttribute('data-url') + '/' + theme.id, 'PUT',
                        {version: theme.version, name: input.value}).then(function (answer) {
                    if (answer.status === 200) {
                        showMessage(root, 'success', say(root, 'saved'));
                        load(root);
                    } else if (!(answer.status === 400 && showFieldErrors(form, answer.json))) {
                        showMessage(root, 'error', refusal(root, answer));
                    }
                }).catch(function () {
                    showMessage(root, 'error', say(root, 'failed'));
                });
            });
        });

        remove.addEventListener('click', function () {
            if (!window.confirm(say(root, 'remove-confirm'))) {
                return;
            }
            call(root.getAttribute('data-url') + '/' + theme.id, 'DELETE').then(function (answer) {
                if (answer.status === 204) {
                    showMessage(root, 'success', say(root, 'saved'));
                    load(root);
                } else {
                    showMessage(root, 'error', refusal(root, answer));
                }
            }).catch(function () {
                showMessage(root, 'error', say(root, 'failed'));
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
            var section = node('section', 'tandem-theme-category');
            section.setAttribute('data-category', category.code);
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
        call(root.getAttribute('data-url'), 'GET').then(function (answer) {
            if (answer.status === 200) {
                draw(root, answer.json.categories || []);
            } else {
                showMessage(root, 'error', refusal(root, answer));
            }
        }).catch(function () {
            showMessage(root, 'error', say(root, 'failed'));
        });
    }

    function init() {
        var root = document.getElementById('tandem-themes');
        if (!root) {
            return;
        }
        var form = document.getElementById('tandem-theme-add');
        document.getElementById('tandem-theme-category').addEventListener('change', toggleNewCategory);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            clearFieldErrors(form);
            var select = document.getElementById('tandem-theme-category');
            var category = select.value === NEW_CATEGORY
                    ? document.getElementById('tandem-theme-new-category').value : select.value;
            var nameInput = document.getElementById('tandem-theme-name');
            call(root.getAttribute('data-url'), 'POST', {category: category, name: nameInput.value})
                    .then(function (answer) {
                if (answer.status === 201) {
                    nameInput.value = '';
                    document.getElementById('tandem-theme-new-category').value = '';
                    root.setAttribute('data-chosen', answer.json.category);
                    showMessage(root, 'success', say(root, 'saved'));
                    load(root);
                } else if (!(answer.status === 400 && showFieldErrors(form, answer.json))) {
                    showMessage(root, 'error', refusal(root, answer));
                }
            }).catch(function () {
                showMessage(root, 'error', say(root, 'failed'));
            });
        });
        load(root);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
