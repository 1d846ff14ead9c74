package org.tandem.mentoring.web.macro.pairing;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Locale;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.service.pairing.RankingRuns;

/**
 * A speed-mentoring event the pairing board offers to match from, as its choice reads: when (in the coordinator's
 * zone, named), where and how many ranked. The place is user data; the template escapes it with the rest of the label.
 */
public final class RankedEventView {

    private final RankingRuns.RankedEvent event;
    private final String label;

    RankedEventView(RankingRuns.RankedEvent event, I18nResolver i18n, Locale reader) {
        this.event = event;
        this.label = i18n.getText("tandem.pairing.board.rankings.option",
                ViewerLanguage.dateTimeIn(event.startsAt(), event.zone(), reader),
                event.place(), event.rankings());
    }

    public int getId() {
        return event.id();
    }

    public String getLabel() {
        return label;
    }
}
