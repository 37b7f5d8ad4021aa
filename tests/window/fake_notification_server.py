#!/usr/bin/python3
"""A stand-in for a desktop's notification server (org.freedesktop.Notifications on the session bus):
records every Notify call as one JSON line in OUT_FILE and answers like a real server. Writes
READY_FILE once it owns the name.  usage: fake_notification_server.py OUT_FILE READY_FILE"""
import json
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

IFACE = "org.freedesktop.Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, out):
        super().__init__(bus, "/org/freedesktop/Notifications")
        self.out = out
        self.count = 0

    @dbus.service.method(IFACE, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app, replaces, icon, summary, body, actions, hints, timeout):
        self.count += 1
        record = {"app": str(app), "icon": str(icon), "summary": str(summary), "body": str(body),
                  "hints": {str(k): str(v) for k, v in hints.items()}, "timeout": int(timeout)}
        with open(self.out, "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")
        return self.count

    @dbus.service.method(IFACE, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["body"]

    @dbus.service.method(IFACE, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("fake", "rapport-tests", "1", "1.2")

    @dbus.service.method(IFACE, in_signature="u", out_signature="")
    def CloseNotification(self, _id):
        pass


def main():
    out, ready = sys.argv[1], sys.argv[2]
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(IFACE, bus, do_not_queue=True)
    server = Server(bus, out)
    open(ready, "w").close()
    GLib.MainLoop().run()
    del name, server


if __name__ == "__main__":
    main()
