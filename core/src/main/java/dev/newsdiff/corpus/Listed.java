package dev.newsdiff.corpus;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A listed file before ids are given out ({@link CorpusListing#withIds}): ids need the whole
 * listing to stay unique.
 */
record Listed(
    String path,
    String file,
    @Nullable String outlet,
    @Nullable Instant published,
    @Nullable String url) {}
