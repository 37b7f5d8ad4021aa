// Desktop notifications: the freedesktop Notify call on the session bus through libdbus, sent from one
// worker thread so no frame waits for the bus. Without a session bus or a notification server the call
// fails quietly: the alarm is a courtesy, the calendar export carries the real one.
#include <dbus/dbus.h>
#include <sys/stat.h>

#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <thread>

#include "platform/platform.h"

namespace rapport::platform {
namespace {

constexpr int kReplyTimeoutMs = 2000;  // the most quitting can wait for a server that does not answer
constexpr size_t kMaxQueued = 8;       // more at once would be noise; the rest are dropped

struct Note {
    std::string title, body;
};

// The session bus's address: the environment's, else the per-user socket systemd provides. Never
// "autolaunch:", which would start a bus daemon just to show a notification nobody could see.
std::string sessionBusAddress() {
    if (const char* address = std::getenv("DBUS_SESSION_BUS_ADDRESS"); address && *address) return address;
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); runtime && *runtime) {
        const std::string path = std::string(runtime) + "/bus";
        struct stat st {};
        if (::stat(path.c_str(), &st) == 0 && S_ISSOCK(st.st_mode)) return "unix:path=" + path;
    }
    return {};
}

// org.freedesktop.Notifications.Notify(app_name, replaces_id, app_icon, summary, body, actions, hints,
// expire_timeout). The hint names the desktop entry, so the server shows the app's name and icon.
DBusMessage* notifyCall(const Note& note) {
    DBusMessage* call = dbus_message_new_method_call("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                                                     "org.freedesktop.Notifications", "Notify");
    if (!call) return nullptr;
    const char* appName = "Rapport";
    const char* icon = "rapport";
    const char* title = note.title.c_str();
    const char* body = note.body.c_str();
    const dbus_uint32_t replaces = 0;
    const dbus_int32_t expire = -1;  // the server's default
    DBusMessageIter args, actions, hints, entry, value;
    dbus_message_iter_init_append(call, &args);
    bool ok = dbus_message_iter_append_basic(&args, DBUS_TYPE_STRING, &appName) &&
              dbus_message_iter_append_basic(&args, DBUS_TYPE_UINT32, &replaces) &&
              dbus_message_iter_append_basic(&args, DBUS_TYPE_STRING, &icon) &&
              dbus_message_iter_append_basic(&args, DBUS_TYPE_STRING, &title) &&
              dbus_message_iter_append_basic(&args, DBUS_TYPE_STRING, &body) &&
              dbus_message_iter_open_container(&args, DBUS_TYPE_ARRAY, "s", &actions) &&
              dbus_message_iter_close_container(&args, &actions) &&
              dbus_message_iter_open_container(&args, DBUS_TYPE_ARRAY, "{sv}", &hints);
    if (ok) {
        const char* key = "desktop-entry";
        const char* entryName = "rapport";
        ok = dbus_message_iter_open_container(&hints, DBUS_TYPE_DICT_ENTRY, nullptr, &entry) &&
             dbus_message_iter_append_basic(&entry, DBUS_TYPE_STRING, &key) &&
             dbus_message_iter_open_container(&entry, DBUS_TYPE_VARIANT, "s", &value) &&
             dbus_message_iter_append_basic(&value, DBUS_TYPE_STRING, &entryName) &&
             dbus_message_iter_close_container(&entry, &value) && dbus_message_iter_close_container(&hints, &entry) &&
             dbus_message_iter_close_container(&args, &hints) &&
             dbus_message_iter_append_basic(&args, DBUS_TYPE_INT32, &expire);
    }
    if (!ok) {
        dbus_message_unref(call);
        return nullptr;
    }
    return call;
}

// One private connection per notification: alarms come minutes apart, and a fresh connection survives
// a bus that restarted in between.
void send(const Note& note) {
    const std::string address = sessionBusAddress();
    if (address.empty()) return;
    DBusError error;
    dbus_error_init(&error);
    DBusConnection* bus = dbus_connection_open_private(address.c_str(), &error);
    if (bus) {
        dbus_connection_set_exit_on_disconnect(bus, FALSE);  // the default would end the app with the bus
        if (dbus_bus_register(bus, &error)) {
            if (DBusMessage* call = notifyCall(note)) {
                if (DBusMessage* reply = dbus_connection_send_with_reply_and_block(bus, call, kReplyTimeoutMs, &error)) {
                    dbus_message_unref(reply);
                }
                dbus_message_unref(call);
            }
        }
        dbus_connection_close(bus);
        dbus_connection_unref(bus);
    }
    dbus_error_free(&error);
}

// The worker starts with the first notification (an app that shows none has no thread) and is joined
// when the program ends.
class Notifier {
public:
    ~Notifier() {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable()) m_thread.join();
    }

    void post(Note note) {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_queue.size() >= kMaxQueued) return;
        m_queue.push_back(std::move(note));
        if (!m_thread.joinable()) {
            dbus_threads_init_default();
            m_thread = std::thread([this] { run(); });
        }
        m_wake.notify_one();
    }

private:
    void run() {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_stop) return;
            const Note note = std::move(m_queue.front());
            m_queue.pop_front();
            lock.unlock();
            send(note);
            lock.lock();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Note> m_queue;
    bool m_stop = false;
    std::thread m_thread;
};

}  // namespace

void showNotification(const std::string& title, const std::string& body) {
    static Notifier notifier;
    notifier.post(Note{title, body});
}

}  // namespace rapport::platform
