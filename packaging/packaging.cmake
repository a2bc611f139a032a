# Desktop integration and the Debian package (cmake --install; cpack -G DEB).
set(LOOPCRAFT_APP_ID io.github.loopcraft.Loopcraft)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/${LOOPCRAFT_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/${LOOPCRAFT_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/loopcraft.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
  RENAME ${LOOPCRAFT_APP_ID}.svg)

set(CPACK_PACKAGE_NAME loopcraft)
set(CPACK_PACKAGE_VENDOR "Loopcraft")
set(CPACK_PACKAGE_CONTACT "Loopcraft developers <loopcraft@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Study desk for machine-learning interviews")
set(CPACK_PACKAGE_INSTALL_DIRECTORY loopcraft)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)   # dependencies computed from the linked libraries
# Qt loads these at run time, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-svg-plugins | libqt6svg6")
set(CPACK_STRIP_FILES ON)
include(CPack)
