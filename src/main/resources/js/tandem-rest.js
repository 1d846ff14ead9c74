/*
 * What every Tandem script shares: the REST base and JSON requests, field errors next to their fields, elements built
 * with textContent, AUI flags and AUI dialogs that ask for a confirmation or a reason. Server text is never markup.
 * The other scripts depend on this web resource and reach it as window.Tandem.
 */
(function () {
    'use strict';

    var dialogCount = 0;

    /** Confluence's context path and Tandem's REST path; AUI alone (as in the sandbox) has no context path. */
    function restBase() {
        var context = typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
        return context + '/rest/tandem/1.0';
    }

    /**
     * Sends a JSON request to a path below the REST base. Resolves with the JSON answer (null for an empty one);
     * rejects with the JSON error body {status, message, fieldErrors}, or {status: 0} when nothing came back.
     */
    function send(method, path, body) {
        return request(method, restBase() + path, body === undefined || body === null ? undefined
            : JSON.stringify(body), 'application/json');
    }

    /** Like send, for a full URL and a body sent as is with its content type (e.g. a CSV file). */
    function request(method, url, body, contentType) {
        var headers = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};
        if (body !== undefined) {
            headers['Content-Type'] = contentType;
        }
        return window.fetch(url, {
            method: method,
            credentials: 'same-origin',
            headers: headers,
            body: body
        }).then(function (response) {
            return response.text().then(function (text) {
                var json = null;
                try {
                    json = text ? JSON.parse(text) : null;
                } catch (e) {
                    json = null;
                }
                if (response.ok) {
                    return json;
                }
                var error = json && typeof json === 'object' ? json : {};
                error.status = response.status;
                throw error;
            });
        }, function () {
            throw {status: 0};
        });
    }

    /**
     * A message pattern filled as the server's MessageFormat fills plain arguments: {n} becomes the n-th value, a
     * doubled apostrophe ('') one apostrophe. Patterns for scripts take plain arguments only (no choice or number
     * formats); the values are inserted as they are and never read as pattern.
     */
    function format(pattern, values) {
        return String(pattern || '').replace(/\{(\d+)\}|''/g, function (all, index) {
            if (index === undefined) {
                return "'";
            }
            var value = values ? values[Number(index)] : undefined;
            return value === undefined || value === null ? '' : String(value);
        });
    }

    function each(list, action) {
        Array.prototype.forEach.call(list, action);
    }

    /** A new element: attrs sets attributes ('className' sets the class), text its text content. */
    function element(tag, attrs, text) {
        var node = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (name) {
            var value = attrs[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === 'className') {
                node.className = value;
            } else {
                node.setAttribute(name, value === true ? '' : String(value));
            }
        });
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    /** Shows or hides an element; the inline style wins over style sheets that set a display of their own. */
    function setHidden(node, hidden) {
        node.hidden = hidden;
        node.style.display = hidden ? 'none' : '';
    }

    /** Sets a message box's text and shows it, or hides it when there is no text. */
    function showMessage(box, text) {
        if (!box) {
            return;
        }
        box.textContent = text || '';
        setHidden(box, !text);
    }

    function slotFor(scope, field) {
        var name = String(field).replace(/[^A-Za-z0-9_-]/g, '');
        return scope.querySelector('[data-error-for="' + name + '"], [data-field-error="' + name + '"], '
            + '[data-field="' + name + '"]');
    }

    function fieldsFor(scope, field, slot) {
        var name = String(field).replace(/[^A-Za-z0-9_-]/g, '');
        var fields = Array.prototype.slice.call(scope.querySelectorAll('[name="' + name + '"]'));
        if (!fields.length && slot && slot.parentNode) {
            fields = Array.prototype.slice.call(slot.parentNode.querySelectorAll('input, textarea, select'));
        }
        return fields;
    }

    /**
     * Empties every field error in scope and takes the fields' invalid marks away. The slots become polite live
     * regions here, before any message is put in them, so that a screen reader announces the message.
     */
    function clearErrors(scope, messageBox) {
        each(scope.querySelectorAll('[data-error-for], [data-field-error], [data-field]'), function (slot) {
            slot.textContent = '';
            slot.setAttribute('aria-live', 'polite');
        });
        each(scope.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
        });
        showMessage(messageBox, '');
    }

    /**
     * Puts each field error of a JSON error body next to its field (the slot is announced, and tied to the field by
     * aria-describedby and aria-invalid); the general message, with the errors that have no slot, goes to
     * messageBox. Returns how many field errors found their slot.
     */
    function showErrors(scope, messageBox, error, fallback) {
        var fieldErrors = (error && error.fieldErrors) || {};
        var unplaced = [];
        var placed = 0;
        Object.keys(fieldErrors).forEach(function (field) {
            var message = fieldErrors[field] && fieldErrors[field].message;
            var slot = slotFor(scope, field);
            if (!slot) {
                unplaced.push(message);
                return;
            }
            placed++;
            slot.setAttribute('aria-live', 'polite');
            slot.textContent = message;
            if (!slot.id) {
                slot.id = 'tandem-error-' + (++dialogCount);
            }
            fieldsFor(scope, field, slot).forEach(function (input) {
                input.setAttribute('aria-invalid', 'true');
                var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
                if (described.indexOf(slot.id) < 0) {
                    described.push(slot.id);
                    input.setAttribute('aria-describedby', described.join(' '));
                }
            });
        });
        if (messageBox) {
            showMessage(messageBox, (error && error.message) || fallback);
            if (unplaced.length) {
                var list = element('ul', {className: 'tandem-unplaced-errors'});
                unplaced.forEach(function (text) {
                    list.appendChild(element('li', null, text));
                });
                messageBox.appendChild(list);
            }
        }
        return placed;
    }

    /** Moves the focus to the first field in scope marked invalid, or else to the message box when it shows. */
    function focusFirstError(scope, messageBox) {
        var field = scope.querySelector('[aria-invalid="true"]');
        if (field && typeof field.focus === 'function') {
            field.focus();
        } else if (messageBox && !messageBox.hidden) {
            messageBox.setAttribute('tabindex', '-1');
            messageBox.focus();
        }
    }

    /** An AUI flag of type success, info, warning or error, closing by itself; text is set as text. */
    function flag(type, text) {
        var shown = AJS.flag({type: type, body: '', close: type === 'error' ? 'manual' : 'auto'});
        var message = shown.querySelector('.aui-message') || shown;
        message.appendChild(element('p', null, text));
        return shown;
    }

    /**
     * Opens an AUI dialog and resolves with the answer: true for a confirmation, the text typed for a reason, null
     * when it was cancelled or closed (Escape). options: title, text, reasonLabel (ask for a reason), required
     * (a reason must not be blank; requiredText says so), confirm and cancel (button labels), danger, opener.
     */
    function ask(options) {
        var id = 'tandem-dialog-' + (++dialogCount);
        var opener = options.opener || document.activeElement;
        var dialog = element('section', {
            id: id,
            className: 'aui-dialog2 aui-dialog2-small aui-layer tandem-dialog',
            role: 'dialog',
            'aria-modal': 'true',
            'aria-labelledby': id + '-title',
            hidden: true
        });
        var header = element('div', {className: 'aui-dialog2-header'});
        header.appendChild(element('h2', {className: 'aui-dialog2-header-main', id: id + '-title'}, options.title));
        dialog.appendChild(header);

        var form = element('form', {className: 'aui aui-dialog2-content tandem-dialog-form', novalidate: true});
        if (options.text) {
            form.appendChild(element('p', {className: 'tandem-dialog-text'}, options.text));
        }
        var input = null;
        var error = null;
        if (options.reasonLabel) {
            var group = element('div', {className: 'field-group'});
            group.appendChild(element('label', {'for': id + '-reason'}, options.reasonLabel));
            input = element('textarea', {className: 'textarea long-field', id: id + '-reason', name: 'reason',
                rows: 3, maxlength: 2000, autofocus: true, 'aria-describedby': id + '-error'});
            error = element('div', {className: 'error', id: id + '-error', 'aria-live': 'polite'});
            group.appendChild(input);
            group.appendChild(error);
            form.appendChild(group);
        }
        dialog.appendChild(form);

        var footer = element('div', {className: 'aui-dialog2-footer'});
        var actions = element('div', {className: 'aui-dialog2-footer-actions'});
        var confirm = element('button', {type: 'submit', form: id + '-form',
            className: 'aui-button ' + (options.danger ? 'aui-button-danger' : 'aui-button-primary'),
            'data-dialog-confirm': true, autofocus: input ? null : true}, options.confirm);
        var cancel = element('button', {type: 'button', className: 'aui-button aui-button-link',
            'data-dialog-cancel': true}, options.cancel);
        form.id = id + '-form';
        actions.appendChild(confirm);
        actions.appendChild(cancel);
        footer.appendChild(actions);
        dialog.appendChild(footer);
        document.body.appendChild(dialog);

        return new Promise(function (resolve) {
            var answer = null;
            var aui = AJS.dialog2(dialog);
            aui.on('hide', function () {
                window.setTimeout(function () {
                    if (dialog.parentNode) {
                        dialog.parentNode.removeChild(dialog);
                    }
                    if (opener && typeof opener.focus === 'function' && document.body.contains(opener)) {
                        opener.focus();
                    }
                    resolve(answer);
                }, 0);
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                if (input) {
                    var text = input.value.trim();
                    if (options.required && !text) {
                        error.textContent = options.requiredText || '';
                        input.setAttribute('aria-invalid', 'true');
                        input.focus();
                        return;
                    }
                    answer = text;
                } else {
                    answer = true;
                }
                aui.hide();
            });
            cancel.addEventListener('click', function () {
                aui.hide();
            });
            aui.show();
        });
    }

    /** Runs start once the page is ready. */
    function ready(start) {
        AJS.toInit(start);
    }

    window.Tandem = {
        restBase: restBase,
        format: format,
        send: send,
        request: request,
        element: element,
        each: each,
        setHidden: setHidden,
        showMessage: showMessage,
        clearErrors: clearErrors,
        showErrors: showErrors,
        focusFirstError: focusFirstError,
        flag: flag,
        ask: ask,
        ready: ready
    };
}());
