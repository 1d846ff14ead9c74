package org.tandem.mentoring.service.circle;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.mentoring.domain.circle.PeerCircle;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.service.waiting.Waiting;
import org.tandem.mentoring.service.waiting.WaitingSource;
import org.tandem.mentoring.store.PeerCircleRepository;
import org.tandem.mentoring.store.ProgrammeRepository;

/**
 * "You are in an alumni peer circle": one {@link Waiting} of kind {@code circle} for each circle a person belongs
 * to, keyed {@code circle:<id>}, since the day it was formed, linking to the programme's home page where the circle
 * is shown. The daily reminders mail it once, which is how members are told. Not a decision. Two statements for a
 * person, three for everyone.
 */
@Named
public class CircleWaiting implements WaitingSource {

    public static final String KIND = "circle";
    static final String LINK = "/display/%s";

    private final PeerCircleRepository circles;
    private final ProgrammeRepository programmes;

    @Inject
    public CircleWaiting(PeerCircleRepository circles, ProgrammeRepository programmes) {
        this.circles = circles;
        this.programmes = programmes;
    }

    @Override
    public List<Waiting> waitingFor(String userKey, LocalDate today) {
        List<PeerCircle> own = circles.findByMember(userKey);
        if (own.isEmpty()) {
            return List.of();
        }
        Map<Integer, Programme> byId = programmesById();
        return own.stream().filter(c -> byId.containsKey(c.programmeId()))
                .map(c -> waiting(c, byId.get(c.programmeId()))).toList();
    }

    @Override
    public List<Addressed> waitingForEveryone(LocalDate today) {
        List<PeerCircle> all = circles.findAll();
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Integer, Programme> byId = programmesById();
        List<Addressed> addressed = new ArrayList<>();
        for (PeerCircle c : all) {
            Programme programme = byId.get(c.programmeId());
            if (programme != null) {
                c.memberKeys().forEach(member -> addressed.add(new Addressed(member, waiting(c, programme))));
            }
        }
        return addressed;
    }

    private Map<Integer, Programme> programmesById() {
        return programmes.findAll().stream().collect(Collectors.toMap(Programme::id, Function.identity()));
    }

    private static Waiting waiting(PeerCircle circle, Programme programme) {
        return new Waiting("circle:" + circle.id(), KIND, programme.id(), programme.name(), circle.name(),
                String.format(LINK, programme.spaceKey()), LocalDate.ofInstant(circle.createdAt(), ZoneOffset.UTC),
                false);
    }
}
