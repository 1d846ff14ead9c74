package org.tandem.sandbox.testplugin;

/** Named as a macro by a broken descriptor in a test; it does not implement Macro. */
public class NotAMacro {
    public String execute() {
        return "";
    }
}
