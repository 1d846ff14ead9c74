package org.tandem.mentoring.service.access;

import jakarta.inject.Named;
import java.util.Optional;
import org.tandem.mentoring.host.HostAccessMode;
import org.tandem.mentoring.host.HostLicence;
import org.tandem.mentoring.host.HostUsers;

/**
 * Whether Tandem may write now. Every write of a person (REST, the administration page) and of a job asks here
 * first; reads never do, so programmes stay readable in read-only mode and without a licence.
 */
@Named
public class Writes {

    private final HostAccessMode accessMode;
    private final HostLicence licence;
    private final HostUsers users;

    public Writes(HostAccessMode accessMode, HostLicence licence, HostUsers users) {
        this.accessMode = accessMode;
        this.licence = licence;
        this.users = users;
    }

    /** Empty when writing is allowed; otherwise why not. Read-only mode comes first: it passes on its own. */
    public Optional<WriteBlock> blocked() {
        if (accessMode.readOnly()) {
            return Optional.of(WriteBlock.readOnly());
        }
        return licence.problem().map(WriteBlock::unlicensed);
    }

    /**
     * What a view shows above its content while writing is blocked: the sentence for everybody, and for a
     * Confluence administrator also the cause (for a licence, where to manage it). Empty when writing is allowed.
     */
    public Optional<WriteBanner> banner() {
        return blocked().map(block -> {
            boolean administrator = users.currentUserKey().map(users::isAdmin).orElse(false);
            String manage = administrator && block.reason() == WriteBlock.Reason.UNLICENSED
                    ? licence.manageAppsUrl() : null;
            return new WriteBanner(block, administrator, manage);
        });
    }
}
