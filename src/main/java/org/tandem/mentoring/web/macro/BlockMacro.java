package org.tandem.mentoring.web.macro;

import com.atlassian.confluence.macro.Macro;

/** A Tandem macro: no body, rendered as a block. */
public abstract class BlockMacro implements Macro {

    @Override
    public final BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public final OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
