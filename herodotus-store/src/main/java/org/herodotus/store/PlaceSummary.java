package org.herodotus.store;

/**
 * One resolved place across the stored events: a GeoNames entry and how many events happened
 * there. What a list of places and a place filter offer.
 *
 * @param geonameId the GeoNames id
 * @param name its gazetteer name
 * @param featureCode the GeoNames feature code ({@code PPLA}, {@code ADM1}…), or {@code null}
 * @param country the ISO alpha-2 country code, or {@code null}
 * @param admin1 the admin-1 region's name, or {@code null}
 * @param lat latitude
 * @param lon longitude
 * @param precision {@code COUNTRY}, {@code ADMIN1}, {@code CITY}…
 * @param events how many stored events have it as their place
 */
public record PlaceSummary(long geonameId, String name, String featureCode, String country, String admin1,
    Double lat, Double lon, String precision, long events) {}
