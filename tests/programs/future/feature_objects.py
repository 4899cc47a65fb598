# __future__: the _Feature records, their releases and compiler flags
import __future__
import sys

print(__future__.all_feature_names)
print(__future__.__all__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature)
    print("  ", feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
    mandatory = feature.getMandatoryRelease()
    print("   mandatory now:", mandatory is not None and mandatory <= sys.version_info)
print(type(__future__.division).__name__, type(__future__.division).__module__)
print(sorted(vars(__future__.annotations).items()))
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED, __future__.CO_GENERATOR_ALLOWED)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(__future__.division.optional < __future__.division.mandatory)
print(sorted(n for n in dir(__future__) if n.startswith("CO_")))
print(__future__.generator_stop.getMandatoryRelease() < sys.version_info)
