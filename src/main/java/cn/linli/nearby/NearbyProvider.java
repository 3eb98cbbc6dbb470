package cn.linli.nearby;

import cn.linli.provider.Provider;

/** A provider and how far it is from the point asked about, in whole metres. */
public record NearbyProvider(int distanceMeters, Provider provider) {}
