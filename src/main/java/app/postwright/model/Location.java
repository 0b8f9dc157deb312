package app.postwright.model;

/** A job location; {@code country} is an ISO 3166-1 alpha-2 code such as "DE" or "US". */
public record Location(String city, String region, String country) {
    public static final Location EMPTY = new Location("", "", "");

    public Location {
        city = Text.orEmpty(city).strip();
        region = Text.orEmpty(region).strip();
        country = Text.orEmpty(country).strip().toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isEmpty() {
        return city.isEmpty() && region.isEmpty() && country.isEmpty();
    }

    /** "City, Region, CC" with empty parts left out. */
    public String display() {
        return String.join(", ", java.util.stream.Stream.of(city, region, country).filter(s -> !s.isEmpty()).toList());
    }

    public Location withCity(String value) {
        return new Location(value, region, country);
    }

    public Location withRegion(String value) {
        return new Location(city, value, country);
    }

    public Location withCountry(String value) {
        return new Location(city, region, value);
    }
}
