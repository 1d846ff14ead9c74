package org.tandem.mentoring.web.macro.circle;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tandem.mentoring.domain.circle.PeerCircle;
import org.tandem.mentoring.service.access.Writes;
import org.tandem.mentoring.service.circle.PeerCircles;
import org.tandem.mentoring.web.macro.BlockMacro;
import org.tandem.mentoring.web.macro.MacroParameters;
import org.tandem.mentoring.web.macro.MacroPage;

/**
 * {@code tandem-circles}, on the programme's home page: for the programme's coordinators, its former mentees by
 * learning theme with a form to bring 3 to 8 of them together in an alumni peer circle, and the circles formed; for
 * a member, their own circles (theme and members) with a button to leave. Nothing for anybody else.
 */
@Named
public class CirclesMacro extends BlockMacro {

    static final String TEMPLATE = "templates/circle/circles.vm";
    static final String WEB_RESOURCE = "org.tandem.tandem:tandem-circle-resources";

    private final PeerCircles circles;
    private final MacroPage page;

    public CirclesMacro(PeerCircles circles, TemplateRenderer renderer, I18nResolver i18n,
            PageBuilderService pageBuilder, Writes writes) {
        this.circles = circles;
        this.page = new MacroPage(renderer, i18n, pageBuilder, writes);
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException {
        String space = MacroParameters.spaceKey(parameters, context);
        Optional<PeerCircles.Overview> overview = circles.overviewInSpace(space);
        List<PeerCircles.CircleView> mine = circles.mine();
        if (overview.isEmpty() && mine.isEmpty()) {
            return "";
        }
        page.require(WEB_RESOURCE);
        Map<String, Object> model = new HashMap<>();
        model.put("mine", mine.stream().map(CirclesMacro::circle).toList());
        model.put("coordinator", overview.isPresent());
        overview.ifPresent(o -> {
            model.put("programmeId", o.programme().id());
            model.put("groups", o.groups().stream().map(g -> Map.of("themeId", g.themeId(), "theme", g.theme(),
                    "people", choices(g))).toList());
            model.put("circles", o.circles().stream().map(CirclesMacro::circle).toList());
        });
        model.put("minMembers", PeerCircle.MIN_MEMBERS);
        model.put("maxMembers", PeerCircle.MAX_MEMBERS);
        model.put("maxName", PeerCircle.MAX_NAME);
        return page.render(TEMPLATE, model);
    }

    private static Map<String, Object> circle(PeerCircles.CircleView c) {
        Map<String, Object> circle = new LinkedHashMap<>();
        circle.put("id", c.id());
        circle.put("name", c.name());
        circle.put("theme", c.theme());
        circle.put("programme", c.programme());
        circle.put("members", people(c.members()));
        circle.put("memberNames", String.join(", ", c.members().stream().map(PeerCircles.Person::name).toList()));
        return circle;
    }

    /** The former mentees of one theme as checkboxes, each with an element id of its own. */
    private static List<Map<String, String>> choices(PeerCircles.ThemeGroup group) {
        List<Map<String, String>> choices = new java.util.ArrayList<>();
        for (int i = 0; i < group.people().size(); i++) {
            PeerCircles.Person p = group.people().get(i);
            choices.add(Map.of("key", p.key(), "name", p.name(), "id", "tandem-circle-" + group.themeId() + "-" + i));
        }
        return choices;
    }

    private static List<Map<String, String>> people(List<PeerCircles.Person> people) {
        return people.stream().map(p -> Map.of("key", p.key(), "name", p.name())).toList();
    }
}
