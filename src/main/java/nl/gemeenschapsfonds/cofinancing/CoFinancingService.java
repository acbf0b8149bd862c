package nl.gemeenschapsfonds.cofinancing;

import nl.gemeenschapsfonds.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The funder's side of co-financing, scoped to the signed-in user's funder. */
@Service
public class CoFinancingService {

    private final PledgeRepository pledges;
    private final CurrentUser currentUser;

    CoFinancingService(PledgeRepository pledges, CurrentUser currentUser) {
        this.pledges = pledges;
        this.currentUser = currentUser;
    }

    /** The projects the signed-in funder has pledged to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('FUNDER')")
    public List<FundedProjectItem> myProjects() {
        return pledges.projectsOfFunder(currentUser.require().requireFunder());
    }
}
