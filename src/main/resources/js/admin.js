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
