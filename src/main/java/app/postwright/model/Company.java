package app.postwright.model;

/** The hiring organisation. Empty strings mean "not given". */
public record Company(String name, String website, String logoPath) {
    public static final Company EMPTY = new Company("", "", "");

    public Company {
        name = Text.orEmpty(name);
        website = Text.orEmpty(website);
        logoPath = Text.orEmpty(logoPath);
    }

    public Company withName(String value) {
        return new Company(value, website, logoPath);
    }

    public Company withWebsite(String value) {
        return new Company(name, value, logoPath);
    }

    public Company withLogoPath(String value) {
        return new Company(name, website, value);
    }
}
