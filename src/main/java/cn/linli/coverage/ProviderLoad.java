package cn.linli.coverage;

import cn.linli.provider.Provider;

/** A provider and the distinct grids it serves (directly or through their community), with their people. */
public record ProviderLoad(Provider provider, long grids, long households, long population) {}
