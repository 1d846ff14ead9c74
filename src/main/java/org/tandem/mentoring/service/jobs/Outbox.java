package org.tandem.mentoring.service.jobs;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.tandem.mentoring.host.HostClock;
import org.tandem.mentoring.host.HostHome;
import org.tandem.mentoring.host.HostMail;
import org.tandem.mentoring.host.ViewerLocale;
import org.tandem.mentoring.service.ViewerLanguage;
import org.tandem.mentoring.store.JobRunLog;

/**
 * The one way Tandem's scheduled work writes mail: each line of a letter is recorded as sent to its recipient
 * (by the line's key) before the mail is queued, so a second run, a caught-up day or another node never sends it
 * again. Letters are written in the recipient's language, as HTML or plain text as they chose, with a link to the
 * page where they act on each line, and files attached where the caller gives them (written in the recipient's
 * language too). A letter's lines hold only what the caller put in them: titles, names, dates, counts, places;
 * never a note, a learning or a reason.
 */
@Named
public class Outbox {

    static final String TEMPLATE = "templates/mail/letter.vm";
    /** The reminders' closing sentence: they can be turned off on the My mentoring list. */
    public static final String FOOTER = "tandem.mail.footer";

    /**
     * One thing a letter tells: {@code key} says what it is about (sent once per recipient), {@code decision} that
     * it needs the recipient's decision (sent even with reminders off), {@code textKey} and {@code args} the text
     * (a {@link LocalDate} argument is written in the recipient's language, an {@link Instant} as a date and time
     * in UTC, a {@link Moment} in its zone, a {@link Text} as its own sentence), {@code link} the context-relative
     * address of the page where they act.
     */
    public record Line(String key, boolean decision, String textKey, List<Serializable> args, String link) {
        public Line {
            args = List.copyOf(args);
        }
    }

    /** A text within a line's text, written in the recipient's language like the line itself. */
    public record Text(String key, List<Serializable> args) implements Serializable {
        private static final long serialVersionUID = 1L;

        public Text {
            args = List.copyOf(args);
        }
    }

    /**
     * A moment written in the recipient's language in the time zone the caller chose for them: a date and time with
     * the zone's name, or with {@code timeOnly} the time of day alone.
     */
    public record Moment(Instant at, ZoneId zone, boolean timeOnly) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A letter to one person: a subject, an opening sentence, lines and a closing sentence ({@code footerKey}); the
     * reminders' closing, which says how to turn them off, unless the caller chose another.
     */
    public record Letter(String recipient, String subjectKey, List<Serializable> subjectArgs, String introKey,
            List<Line> lines, String footerKey) {
        public Letter {
            subjectArgs = List.copyOf(subjectArgs);
            lines = List.copyOf(lines);
        }

        public Letter(String recipient, String subjectKey, List<Serializable> subjectArgs, String introKey,
                List<Line> lines) {
            this(recipient, subjectKey, subjectArgs, introKey, lines, FOOTER);
        }
    }

    /** What became of a letter. */
    public enum Sent { SENT, NOTHING_NEW, REMINDERS_OFF, NO_ADDRESS }

    private final JobRunLog log;
    private final HostMail mail;
    private final HostHome home;
    private final HostClock clock;
    private final ViewerLocale locales;
    private final I18nResolver i18n;
    private final TemplateRenderer renderer;

    public Outbox(JobRunLog log, HostMail mail, HostHome home, HostClock clock, ViewerLocale locales,
            I18nResolver i18n, TemplateRenderer renderer) {
        this.log = log;
        this.mail = mail;
        this.home = home;
        this.clock = clock;
        this.locales = locales;
        this.i18n = i18n;
        this.renderer = renderer;
    }

    /** The mail choices of these people, read at once (a job reads them for all its recipients). */
    public Map<String, JobRunLog.MailPreference> preferences(java.util.Collection<String> userKeys) {
        return log.preferences(userKeys);
    }

    /**
     * Sends the lines of the letter the recipient has not had yet; with reminders off, only those that need their
     * decision.
     */
    public Sent send(String job, LocalDate day, Letter letter, JobRunLog.MailPreference preference) {
        return send(job, day, letter, preference, locale -> List.of());
    }

    /**
     * As {@link #send(String, LocalDate, Letter, JobRunLog.MailPreference)}, with the files {@code attachments}
     * writes in the recipient's language attached.
     */
    public Sent send(String job, LocalDate day, Letter letter, JobRunLog.MailPreference preference,
            Function<Locale, List<HostMail.Attachment>> attachments) {
        JobRunLog.MailPreference choice = preference == null ? JobRunLog.MailPreference.DEFAULT : preference;
        List<Line> lines = letter.lines().stream().filter(l -> l.decision() || !choice.remindersOff()).toList();
        if (lines.isEmpty()) {
            return letter.lines().isEmpty() ? Sent.NOTHING_NEW : Sent.REMINDERS_OFF;
        }
        long now = clock.now().toEpochMilli();
        List<Line> fresh = new ArrayList<>();
        for (Line line : lines) {
            if (log.markSent(job, day, line.key(), letter.recipient(), now)) {
                fresh.add(line);
            }
        }
        if (fresh.isEmpty()) {
            return Sent.NOTHING_NEW;
        }
        Locale locale = locales.of(letter.recipient());
        String subject = text(locale, letter.subjectKey(), letter.subjectArgs());
        String intro = text(locale, letter.introKey(), List.of());
        String base = home.baseUrl();
        List<Map<String, String>> items = new ArrayList<>();
        for (Line line : fresh) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("text", text(locale, line.textKey(), line.args()));
            item.put("url", base + line.link());
            items.add(item);
        }
        String footer = text(locale, letter.footerKey(), List.of());
        boolean sent;
        try {
            List<HostMail.Attachment> files = attachments.apply(locale);
            sent = choice.plainText()
                    ? mail.send(letter.recipient(), subject, plain(intro, items, footer), false, files)
                    : mail.send(letter.recipient(), subject, html(locale, subject, intro, items, footer),
                            true, files);
        } catch (RuntimeException e) {
            fresh.forEach(line -> log.unmarkSent(line.key(), letter.recipient()));
            throw e;
        }
        return sent ? Sent.SENT : Sent.NO_ADDRESS;
    }

    /** The text of {@code key} in the locale, its dates, moments and inner texts written there too. */
    public String text(Locale locale, String key, List<Serializable> args) {
        Serializable[] written = args.stream().map(a -> a instanceof LocalDate d ? ViewerLanguage.date(d, locale)
                : a instanceof Instant at ? ViewerLanguage.dateTimeUtc(at, locale)
                : a instanceof Moment m ? (m.timeOnly() ? ViewerLanguage.timeIn(m.at(), m.zone(), locale)
                        : ViewerLanguage.dateTimeIn(m.at(), m.zone(), locale))
                : a instanceof Text inner ? text(locale, inner.key(), inner.args()) : a)
                .toArray(Serializable[]::new);
        return i18n.getText(locale, key, written);
    }

    private static String plain(String intro, List<Map<String, String>> items, String footer) {
        StringBuilder body = new StringBuilder(intro).append("\n\n");
        for (Map<String, String> item : items) {
            body.append("- ").append(item.get("text")).append("\n  ").append(item.get("url")).append('\n');
        }
        return body.append('\n').append(footer).append('\n').toString();
    }

    private String html(Locale locale, String subject, String intro, List<Map<String, String>> items,
            String footer) {
        Map<String, Object> model = new HashMap<>();
        model.put("lang", locale.getLanguage());
        model.put("subject", subject);
        model.put("intro", intro);
        model.put("items", items);
        model.put("footer", footer);
        StringWriter out = new StringWriter();
        try {
            renderer.render(TEMPLATE, model, out);
        } catch (RenderingException | IOException e) {
            throw new IllegalStateException("Could not render " + TEMPLATE, e);
        }
        return out.toString();
    }
}
