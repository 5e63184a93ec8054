# kense_add_test(NAME SOURCES file... LIBS target... [ENVIRONMENT VAR=value...] [TIMEOUT seconds])
# One executable per test, registered with CTest, run with a UTF-8 locale and no display; it sees tests/support.
function(kense_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "TIMEOUT" "SOURCES;LIBS;ENVIRONMENT")
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE kense_common kense_test_support Qt6::Test ${arg_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    # The layer the test belongs to (its folder: core, storage, sync, …), for `ctest -L` and the asan preset.
    cmake_path(GET CMAKE_CURRENT_SOURCE_DIR FILENAME layer)
    set_tests_properties(${name} PROPERTIES
        LABELS "${layer}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;KENSE_SOURCE_DIR=${PROJECT_SOURCE_DIR};KENSE_BINARY_DIR=${PROJECT_BINARY_DIR};${arg_ENVIRONMENT}")
endfunction()

# kense_translatable_sources(OUT target...) — the .cpp, .h and .ui files of the targets, as absolute paths,
# for lupdate (which in Qt 6.4 scans only what it is given).
function(kense_translatable_sources out)
    set(result)
    foreach(target IN LISTS ARGN)
        get_target_property(sources ${target} SOURCES)
        get_target_property(dir ${target} SOURCE_DIR)
        foreach(src IN LISTS sources)
            if(src MATCHES "\\.(cpp|h|ui)$")
                if(NOT IS_ABSOLUTE "${src}")
                    set(src "${dir}/${src}")
                endif()
                cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${src}" generated)
                if(NOT generated)
                    list(APPEND result "${src}")
                endif()
            endif()
        endforeach()
    endforeach()
    set(${out} ${result} PARENT_SCOPE)
endfunction()
