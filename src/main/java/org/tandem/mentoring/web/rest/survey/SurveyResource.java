package org.tandem.mentoring.web.rest.survey;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.inject.Named;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.survey.ClosureReason;
import org.tandem.mentoring.domain.survey.SurveyAnswer;
import org.tandem.mentoring.service.survey.SurveyRefusals;
import org.tandem.mentoring.service.survey.Surveys;
import org.tandem.mentoring.web.rest.Json;
import org.tandem.mentoring.web.rest.JsonBody;
import org.tandem.mentoring.web.survey.SurveyTexts;

/**
 * {@code /rest/tandem/1.0/surveys}: the viewer's own open surveys and answers, answering one, and a coordinator's
 * agreement statements of a programme (edited while it is a draft). Results are aggregates on the dashboard only.
 */
@Named
@Path("/surveys")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SurveyResource {

    private final Surveys surveys;
    private final I18nResolver i18n;

    public SurveyResource(Surveys surveys, I18nResolver i18n) {
        this.surveys = surveys;
        this.i18n = i18n;
    }

    /** The viewer's open surveys, with the items to score, and their own answers. 200. */
    @GET
    @Path("/mine")
    public Response mine() {
        SurveyTexts texts = new SurveyTexts(i18n);
        Surveys.Mine mine = surveys.mine(null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("open", mine.open().stream().map(o -> {
            Map<String, Object> survey = new LinkedHashMap<>();
            survey.put("key", o.occurrence().key());
            survey.put("kind", o.occurrence().kind().name());
            survey.put("title", texts.kind(o.occurrence().kind()));
            survey.put("programmeId", o.programme().id());
            survey.put("programme", o.programme().name());
            survey.put("opened", o.occurrence().due().toString());
            survey.put("lastDay", o.occurrence().lastDay().toString());
            survey.put("items", o.items().stream().map(i -> Map.of("key", i.key(), "text", texts.item(i)))
                    .toList());
            return survey;
        }).toList());
        out.put("answered", mine.answered().stream().map(SurveyResource::answer).toList());
        return Json.ok(out);
    }

    /**
     * {@code {"survey": key, "items": [item keys], "scores": [1..5 each], "reason": closure reason, "text": "..."}}.
     * 201; 400; 404 (not the viewer's); 409 (answered already, or closed).
     */
    @POST
    @Path("/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(String text) {
        JsonBody body = JsonBody.read(text, SurveyRefusals.PREFIX);
        String survey = body.text("survey");
        List<String> items = body.texts("items");
        List<Integer> scores = body.integers("scores");
        ClosureReason reason = body.optionalChoice("reason", ClosureReason.class);
        String written = body.text("text");
        body.requireValid();
        return Json.created(answer(surveys.answer(survey, items, scores, reason, written)));
    }

    /** A coordinator's statement set of a programme. 200; 403; 404. */
    @GET
    @Path("/programmes/{id}/statements")
    public Response statements(@PathParam("id") int programmeId) {
        return Json.ok(set(surveys.statements(programmeId)));
    }

    /** {@code {"statements": ["...", ...]}}; none restores the default set. 200; 400; 403; 404; 409 (enrolment opened). */
    @PUT
    @Path("/programmes/{id}/statements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveStatements(@PathParam("id") int programmeId, String text) {
        JsonBody body = JsonBody.read(text, SurveyRefusals.PREFIX);
        List<String> statements = body.texts("statements");
        body.requireValid();
        return Json.ok(set(surveys.saveStatements(programmeId, statements)));
    }

    private Map<String, Object> set(Surveys.StatementSet set) {
        SurveyTexts texts = new SurveyTexts(i18n);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("programmeId", set.programme().id());
        out.put("custom", set.custom());
        out.put("editable", set.editable());
        out.put("statements", set.statements().stream().map(s -> Map.of("key", s.key(), "text", texts.item(s)))
                .toList());
        return out;
    }

    private static Map<String, Object> answer(SurveyAnswer a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", a.key());
        out.put("kind", a.kind().name());
        out.put("opened", a.due().toString());
        out.put("reason", a.reason() == null ? null : a.reason().name());
        out.put("text", a.text());
        out.put("answeredAt", a.answeredAt().toString());
        return out;
    }
}
