# One INTERFACE target that every Kense target links: the language level, the warnings and the strict
# Qt defines. Warnings become errors through CMAKE_COMPILE_WARNING_AS_ERROR (set by the dev preset and CI).
add_library(kense_common INTERFACE)
target_compile_features(kense_common INTERFACE cxx_std_20)
target_compile_definitions(kense_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    KENSE_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(kense_common INTERFACE /W4 /utf-8 /permissive-)
else()
    target_compile_options(kense_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
endif()
