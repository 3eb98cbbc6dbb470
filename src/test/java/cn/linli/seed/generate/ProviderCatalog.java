package cn.linli.seed.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Every provider of providers.csv, in a stable order, and the table they are written as. */
final class ProviderCatalog {

    private ProviderCatalog() {}

    static List<Provider> build(PlaceTree places, Random random) {
        Sites sites = new Sites(places, random);
        PhoneBook phones = new PhoneBook(random);
        NeighborhoodCenters.Plan centers = NeighborhoodCenters.build(places, sites, phones);
        List<Provider> providers = new ArrayList<>(centers.centers());
        providers.addAll(DongpoFacilities.build(places, sites, phones, centers.gapCommunities()));
        providers.addAll(Departments.build(places, sites, phones));
        providers.addAll(PengshanInstitutions.build(places, sites, phones));
        providers.addAll(new Organisations(places, sites, phones).build());
        return providers;
    }

    static Table table(List<Provider> providers) {
        Table table = new Table(
                "providers.csv",
                "id,name,alias,kind,level,place_code,lon,lat,address,phone,hours,capacity,description,provenance");
        for (Provider p : providers) {
            Site s = p.site();
            table.add(
                    p.id(),
                    p.name(),
                    p.alias(),
                    p.kind(),
                    p.level(),
                    s.placeCode(),
                    Wkt.lon(s.point()),
                    Wkt.lat(s.point()),
                    s.address(),
                    p.phone(),
                    p.hours(),
                    p.capacity(),
                    p.description(),
                    p.provenance());
        }
        return table;
    }
}
