# Translations: `cmake --build build --target update_translations` refreshes the .ts files
# from every tr() in app/ and ui/; the compiled .qm files are embedded under :/i18n.
find_package(Qt6 6.4 COMPONENTS LinguistTools)
if(Qt6LinguistTools_FOUND)
  file(GLOB_RECURSE translatable_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
  list(FILTER translatable_sources EXCLUDE REGEX "/app/concepts/")
  set(loopcraft_ts_files ${PROJECT_SOURCE_DIR}/resources/translations/loopcraft_en.ts)
  qt_add_lupdate(loopcraft TS_FILES ${loopcraft_ts_files} SOURCES ${translatable_sources}
    OPTIONS -no-obsolete -locations none)
  qt_add_lrelease(loopcraft TS_FILES ${loopcraft_ts_files} QM_FILES_OUTPUT_VARIABLE loopcraft_qm_files)
  qt_add_resources(loopcraft "translations" PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${loopcraft_qm_files})
endif()
