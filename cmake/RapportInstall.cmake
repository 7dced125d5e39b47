# Install rules: headers, the library, a CMake package (rapport::rapport) and
# a pkg-config file.
include(CMakePackageConfigHelpers)

set(RAPPORT_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/rapport")

install(TARGETS rapport EXPORT rapportTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/rapport" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES "${PROJECT_BINARY_DIR}/generated/rapport/version.hpp" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/rapport)
install(EXPORT rapportTargets NAMESPACE rapport:: DESTINATION ${RAPPORT_CMAKE_DIR})

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/rapportConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/rapportConfig.cmake" INSTALL_DESTINATION ${RAPPORT_CMAKE_DIR})
write_basic_package_version_file("${PROJECT_BINARY_DIR}/rapportConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/rapportConfig.cmake" "${PROJECT_BINARY_DIR}/rapportConfigVersion.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/FindPhoneNumber.cmake" "${PROJECT_SOURCE_DIR}/cmake/Findutf8proc.cmake"
  DESTINATION ${RAPPORT_CMAKE_DIR})

file(RELATIVE_PATH RAPPORT_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
configure_file("${PROJECT_SOURCE_DIR}/cmake/rapport.pc.in" "${PROJECT_BINARY_DIR}/rapport.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/rapport.pc" DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
