// The translations live in this library's resources (:/i18n); see CMakeLists.txt.
