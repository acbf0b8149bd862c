package nl.gemeenschapsfonds.submission;

/** What the project does for the facility. */
public enum KindOfWork {
    NEW_BUILDING, RENOVATION, KEEP_OPEN
}
