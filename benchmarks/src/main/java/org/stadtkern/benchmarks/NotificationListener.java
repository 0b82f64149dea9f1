package org.stadtkern.benchmarks;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/** Hands every arriving payload to a consumer (Paho's subscribe-with-listener overload recurses in 1.2.5). */
final class NotificationListener implements MqttCallback {

    interface Payloads {
        void accept(byte[] payload) throws Exception;
    }

    private final Payloads payloads;

    NotificationListener(Payloads payloads) {
        this.payloads = payloads;
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) throws Exception {
        payloads.accept(message.getPayload());
    }

    @Override
    public void disconnected(MqttDisconnectResponse response) {
    }

    @Override
    public void mqttErrorOccurred(MqttException exception) {
    }

    @Override
    public void deliveryComplete(IMqttToken token) {
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
    }

    @Override
    public void authPacketArrived(int reasonCode, MqttProperties properties) {
    }
}
