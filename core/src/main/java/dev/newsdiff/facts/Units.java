package dev.newsdiff.facts;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Units of measure and their canonical short forms: "kilometres", "kilometers", "km" are "km". */
final class Units {

  private static final ImmutableMap<String, String> UNITS =
      ImmutableMap.<String, String>builder()
          .put("km", "km").put("kilometre", "km").put("kilometres", "km").put("kilometer", "km").put("kilometers", "km")
          .put("m", "m").put("metre", "m").put("metres", "m").put("meter", "m").put("meters", "m")
          .put("cm", "cm").put("centimetres", "cm").put("centimeters", "cm").put("mm", "mm")
          .put("mile", "mi").put("miles", "mi").put("mi", "mi").put("ft", "ft").put("foot", "ft").put("feet", "ft")
          .put("inch", "in").put("inches", "in").put("yard", "yd").put("yards", "yd")
          .put("tonne", "t").put("tonnes", "t").put("ton", "t").put("tons", "t").put("t", "t")
          .put("kg", "kg").put("kilogram", "kg").put("kilograms", "kg").put("kilo", "kg").put("kilos", "kg")
          .put("g", "g").put("gram", "g").put("grams", "g").put("lb", "lb").put("lbs", "lb").put("pounds-weight", "lb")
          .put("second", "s").put("seconds", "s").put("minute", "min").put("minutes", "min").put("min", "min")
          .put("mins", "min").put("hour", "h").put("hours", "h").put("hrs", "h").put("day", "d").put("days", "d")
          .put("week", "wk").put("weeks", "wk").put("month", "mo").put("months", "mo").put("year", "yr").put("years", "yr")
          .put("knot", "kn").put("knots", "kn").put("mph", "mph").put("kph", "km/h").put("km/h", "km/h")
          .put("litre", "l").put("litres", "l").put("liter", "l").put("liters", "l").put("gallon", "gal")
          .put("gallons", "gal").put("barrel", "bbl").put("barrels", "bbl").put("hectare", "ha").put("hectares", "ha")
          .put("acre", "ac").put("acres", "ac").put("mw", "MW").put("megawatts", "MW").put("gw", "GW")
          .put("degrees", "deg").put("°c", "°C").put("°f", "°F")
          .buildOrThrow();

  private Units() {}

  /** The canonical unit for a word, or null when it is not a unit. */
  static @Nullable String of(String word) {
    return UNITS.get(word.toLowerCase(Locale.ROOT));
  }
}
