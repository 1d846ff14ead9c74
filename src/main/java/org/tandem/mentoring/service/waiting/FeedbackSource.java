package org.tandem.mentoring.service.waiting;

import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.mentoring.domain.programme.Programme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.store.ProgrammeRepository;
import org.tandem.mentoring.store.WaitingRepository;

/**
 * Give feedback: a learning the mentee shared waits for the mentee's current manager's feedback, on the For
 * managers page, since it was shared. The item names the mentee, never the learning.
 */
@Named
public class FeedbackSource extends AddressedSource {

    private final WaitingRepository rows;
    private final HostUsers users;
    private final WaitingLinks links;

    public FeedbackSource(ProgrammeRepository programmes, WaitingRepository rows, HostUsers users,
            WaitingLinks links) {
        super(programmes);
        this.rows = rows;
        this.users = users;
        this.links = links;
    }

    @Override
    List<Addressed> collect(String userKey, LocalDate today, Map<Integer, Programme> programmes) {
        List<Addressed> out = new ArrayList<>();
        for (WaitingRepository.SharedLearning l : rows.sharedWithoutFeedback(userKey)) {
            Programme programme = programmes.get(l.programmeId());
            if (programme != null && !l.managerKey().equals(l.menteeKey())) {
                out.add(new Addressed(l.managerKey(), waiting("feedback:" + l.id(), "feedback", programme,
                        users.displayName(l.menteeKey()), links.managers(programme), day(l.sharedAt(), today),
                        false)));
            }
        }
        return out;
    }
}
