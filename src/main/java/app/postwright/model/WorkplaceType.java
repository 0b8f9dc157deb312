package app.postwright.model;

/** Where the work happens. */
public enum WorkplaceType {
    ON_SITE("On-site"),
    HYBRID("Hybrid"),
    REMOTE("Remote");

    private final String label;

    WorkplaceType(String label) {
        this.label = label;
    }

    /** The human-readable label used in forms and exports. */
    public String label() {
        return label;
    }
}
