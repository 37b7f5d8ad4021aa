# Writes the AppStream metadata (OUT) from rapport.metainfo.xml.in beside this file: the version, its
# release date, and the screenshots with their captions when RAPPORT_SCREENSHOT_BASE_URL (the public web
# address where docs/screenshots/ is published) is set: AppStream accepts only web addresses for images,
# so without one the file has none. Included by CMakeLists.txt here; the package suite runs it directly:
#   cmake -DPROJECT_VERSION=V -DRAPPORT_RELEASE_DATE=YYYY-MM-DD -DRAPPORT_SCREENSHOT_BASE_URL=URL -DOUT=F -P metainfo.cmake
set(RAPPORT_METAINFO_SCREENSHOTS "")
if(RAPPORT_SCREENSHOT_BASE_URL)
  set(shots "  <screenshots>\n")
  set(type " type=\"default\"")  # the first one
  foreach(shot "gallery/desktop-light-this-week.png|This week: 1:1s by day with their prep cards, commitments due, drifting peers"
                "gallery/desktop-light-peer.png|A peer's page: profile, trust over time, facts, 1:1s and commitments"
                "gallery/desktop-light-projects.png|Joint projects on a timeboxed phase board"
                "desktop-live-meeting.png|Live 1:1 mode: the agenda beside the notes, driven by single keys")
    string(REPLACE "|" ";" parts "${shot}")
    list(GET parts 0 file)
    list(GET parts 1 caption)
    # The address must name a picture that is there once docs/screenshots/ is published.
    if(NOT EXISTS "${CMAKE_CURRENT_LIST_DIR}/../../docs/screenshots/${file}")
      message(FATAL_ERROR "metainfo.cmake names docs/screenshots/${file}, which does not exist")
    endif()
    string(APPEND shots "    <screenshot${type}>\n      <caption>${caption}</caption>\n"
      "      <image>${RAPPORT_SCREENSHOT_BASE_URL}/${file}</image>\n    </screenshot>\n")
    set(type "")
  endforeach()
  string(APPEND shots "  </screenshots>\n")
  set(RAPPORT_METAINFO_SCREENSHOTS "${shots}")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/rapport.metainfo.xml.in" "${OUT}" @ONLY)
