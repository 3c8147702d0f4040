# SPDX-License-Identifier: MIT
# cmake -DGZIP=<gzip> -DIN=<file> -DOUT=<file.gz> -P gzip.cmake
# Compresses like Debian's dh_compress: best compression, no name and no time stamp in the
# header (-n), so the result is reproducible.
execute_process(COMMAND "${GZIP}" -9 -n -c "${IN}" OUTPUT_FILE "${OUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUT}")
    message(FATAL_ERROR "gzip failed on ${IN}: ${result}")
endif()
