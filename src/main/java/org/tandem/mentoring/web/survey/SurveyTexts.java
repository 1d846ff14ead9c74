package org.tandem.mentoring.web.survey;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Locale;
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.Statement;
import org.tandem.mentoring.domain.survey.SurveyKind;

/** The words of the surveys in the viewer's language: items (the defaults are messages), kinds and reasons. */
public final class SurveyTexts {

    private final I18nResolver i18n;

    public SurveyTexts(I18nResolver i18n) {
        this.i18n = i18n;
    }

    /** A pulse question or a statement: the coordinator's words, or the default's message. */
    public String item(Statement statement) {
        return statement.isDefault() ? i18n.getText("tandem.survey.item." + statement.key()) : statement.text();
    }

    public String kind(SurveyKind kind) {
        return i18n.getText("tandem.survey.kind." + kind.code());
    }

    public String reason(ClosureReason reason) {
        return i18n.getText("tandem.survey.reason." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
